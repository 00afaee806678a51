/**
 * Dense float matrix multiplication: the one place where the BLAS backend is chosen
 * (see docs/decisions/0001-gemm-backend.md). Nothing here knows about layers or activations.
 */
package org.activationexplorer.linalg;
