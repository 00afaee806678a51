/**
 * Optimizers (Adam, SGD with momentum) over parameter groups, learning-rate schedules and gradient clipping by
 * global norm. Knows parameters, not layers.
 */
package org.activationexplorer.optim;
