/**
 * Run files: {@link org.activationexplorer.runs.RunRecord} (a run as kept on disk) and
 * {@link org.activationexplorer.runs.RunFiles}, its versioned ZIP format, written atomically and read with a
 * message naming the file and its problem.
 */
package org.activationexplorer.runs;
