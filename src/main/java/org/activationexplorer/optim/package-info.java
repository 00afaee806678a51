/** Optimizers (Adam, SGD with momentum) over parameter groups. Knows parameters, not layers. */
package org.activationexplorer.optim;
