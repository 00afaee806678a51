/**
 * A training run as the window sees it: a background thread that trains batch by batch under commands
 * (pause, step, slow motion, stop, restore after divergence) and publishes immutable snapshots — curves,
 * histograms, losses, predictions — computed on that thread, so the UI only draws. Knows nothing of JavaFX.
 */
package org.activationexplorer.session;
