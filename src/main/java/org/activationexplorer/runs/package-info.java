/**
 * Run files: {@link org.activationexplorer.runs.RunRecord} (a run as kept on disk) and
 * {@link org.activationexplorer.runs.RunFiles}, its versioned ZIP format, written atomically and read as untrusted
 * input: every entry within a limit, run.json strictly, arrays.bin sized before it is read, and the run checked for
 * consistency with its own configuration ({@link org.activationexplorer.runs.RunFileChecks}). Every failure is one
 * {@link org.activationexplorer.runs.RunFileException}, whose message names the file and the problem.
 */
package org.activationexplorer.runs;
