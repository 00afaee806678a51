package org.activationexplorer.nn;

/**
 * The two layouts a batch of images takes and the moves between them: sample-major (batch, channels·spatial), as
 * datasets and dense layers hold it, and channel-major (channels, batch, spatial), as convolutions do. Flatten moves
 * one way forward and the other backward; ToChannelMajor the reverse.
 */
final class BatchLayouts {
    private BatchLayouts() {}

    /** (batch, channels·spatial) → (channels, batch, spatial). from [read], to [written]. */
    static void toChannelMajor(float[] from, float[] to, int batch, int channels, int spatial) {
        for (int c = 0; c < channels; c++) {
            for (int n = 0; n < batch; n++) {
                System.arraycopy(from, (n * channels + c) * spatial, to, (c * batch + n) * spatial, spatial);
            }
        }
    }

    /** (channels, batch, spatial) → (batch, channels·spatial). from [read], to [written]. */
    static void toSampleMajor(float[] from, float[] to, int batch, int channels, int spatial) {
        for (int c = 0; c < channels; c++) {
            for (int n = 0; n < batch; n++) {
                System.arraycopy(from, (c * batch + n) * spatial, to, (n * channels + c) * spatial, spatial);
            }
        }
    }
}
