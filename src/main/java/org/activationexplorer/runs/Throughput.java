package org.activationexplorer.runs;

import java.util.List;
import org.activationexplorer.train.EpochResult;

/** A run's training speed over all its epochs: their samples over their training time (evaluation not counted). */
public final class Throughput {
    private Throughput() {}

    /** Samples per second; NaN without epochs. Not the mean of the epochs' rates: a slow epoch weighs its time. */
    public static double samplesPerSecond(List<EpochResult> epochs) {
        double samples = 0, seconds = 0;
        for (EpochResult r : epochs) {
            samples += r.samplesPerSecond() * r.trainSeconds();
            seconds += r.trainSeconds();
        }
        return seconds > 0 ? samples / seconds : Double.NaN;
    }
}
