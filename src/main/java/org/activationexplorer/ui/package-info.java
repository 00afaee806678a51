/** The JavaFX window: the only package that imports JavaFX. Draws what the training thread publishes. */
package org.activationexplorer.ui;
