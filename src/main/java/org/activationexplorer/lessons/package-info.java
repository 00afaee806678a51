/**
 * Lessons for teaching: a preset of settings and view, and a card of what to look for, questions for the audience
 * and what comes next; bundled as resources (lessons/*.json) or opened from a teacher's own file. No JavaFX here.
 */
package org.activationexplorer.lessons;
