package org.activationexplorer.train;

/** The loss became NaN or infinite: training cannot continue with these settings. */
public final class DivergenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DivergenceException(int epoch, int batch, double loss) {
        super("training diverged: the loss became " + loss + " at epoch " + epoch + ", batch " + batch
                + "; lower the learning rate (or the activation learning rate) and start again");
    }
}
