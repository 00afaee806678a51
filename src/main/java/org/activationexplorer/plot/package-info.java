/**
 * The charts — loss, activation layers, whole figures — drawn through {@link org.activationexplorer.plot.Painter},
 * so that the window's canvas, SVG and PNG/GIF files (window or command line, no display needed) share one
 * drawing code. Knows nothing of JavaFX.
 */
package org.activationexplorer.plot;
