/**
 * "What did it learn?": fits a sampled curve (a learned activation, weighted by where its inputs fall) with library
 * functions — every fixed family of the catalog wrapped as c·g(a·x + b) + d, polynomials of degree 1 to 5 and a
 * safe rational 2/2 — and ranks them by weighted R², after pykan's suggest_symbolic. No JavaFX: the window calls
 * it off the FX thread, the fit command from the command line.
 */
package org.activationexplorer.fit;
