package org.activationexplorer.activation;

/**
 * Layout of the arrays an activation sees: (batch, channels, spatial), row-major. spatial = 1 after
 * Dense (channels = neurons), H*W after Conv2d.
 */
public record Shape(int batch, int channels, int spatial) {
    public Shape {
        if (batch < 0 || channels <= 0 || spatial <= 0) {
            throw new IllegalArgumentException("bad shape " + batch + "x" + channels + "x" + spatial);
        }
    }

    public int size() {
        return batch * channels * spatial;
    }
}
