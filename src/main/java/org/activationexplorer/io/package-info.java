/**
 * Writing files so that a crash or a full disk never leaves a half-written one behind, and saying in words why a
 * file could not be read or written.
 */
package org.activationexplorer.io;
