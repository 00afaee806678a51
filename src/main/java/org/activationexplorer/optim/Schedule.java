package org.activationexplorer.optim;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the learning rates change over a run: a factor applied to every parameter group alike (the network's and the
 * activation parameters'), from the update count t (0 for the first update) and the run's total T (epochs × batches
 * per epoch). Past T the factor stays at its final value.
 * <ul>
 * <li>constant: 1.</li>
 * <li>cosine: ½·(1 + cos(π·t/T)), from 1 at the first update to 0 at the end of the run (cosine annealing without
 * restarts, Loshchilov and Hutter 2017, arXiv 1608.03983; PyTorch's CosineAnnealingLR with T_max = T, η_min = 0).</li>
 * <li>step: 1, then 0.1 from t = T/2 and 0.01 from t = 3T/4 (PyTorch's MultiStepLR, γ = 0.1, milestones at 50 % and
 * 75 % of the run, as the ResNet papers' 0.1 drops).</li>
 * </ul>
 */
public enum Schedule {
    CONSTANT, COSINE, STEP;

    /** The names the settings use, in lower case. */
    public static final List<String> NAMES = Arrays.stream(values()).map(Schedule::label).toList();

    /** The schedule's name as the settings write it: "constant", "cosine", "step". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The schedule named `name` (lower case, as in NAMES). */
    public static Schedule named(String name) {
        for (Schedule s : values()) {
            if (s.label().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("schedule must be one of " + NAMES + ", got '" + name + "'");
    }

    /** The learning rates' factor at update t (from 0) of a run of `total` updates. */
    public double factor(long t, long total) {
        if (total <= 0) {
            return 1;
        }
        long at = Math.max(0, Math.min(t, total));
        return switch (this) {
            case CONSTANT -> 1;
            case COSINE -> 0.5 * (1 + Math.cos(Math.PI * at / total));
            case STEP -> 4 * at >= 3 * total ? 0.01 : 2 * at >= total ? 0.1 : 1;
        };
    }
}
