/** Writing files so that a crash or a full disk never leaves a half-written one behind. */
package org.activationexplorer.io;
