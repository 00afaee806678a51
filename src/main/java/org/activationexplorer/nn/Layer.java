package org.activationexplorer.nn;

import java.util.List;
import org.activationexplorer.optim.Parameter;

/**
 * One step of a feed-forward network over flat row-major arrays of batch·inputSize → batch·outputSize
 * floats: (batch, features) for dense layers, channel-major (channels, batch, H·W) for convolution and
 * pooling (see Conv2d, Flatten). Layers allocate their buffers once for a maximum batch; forward and
 * backward then allocate nothing.
 */
public interface Layer {

    int inputSize();

    int outputSize();

    /** x [kept until backward, read]; returns the output buffer, owned by the layer and valid until the next forward. */
    float[] forward(float[] x, int batch);

    /**
     * dy [read]; accumulates parameter gradients; returns dx (owned by the layer), or null when
     * needInputGradient is false (the first layer: nothing upstream wants it, and skipping it saves a GEMM).
     */
    float[] backward(float[] dy, int batch, boolean needInputGradient);

    default List<Parameter> parameters() {
        return List.of();
    }

    /** e.g. "dense 784→256". */
    String describe();
}
