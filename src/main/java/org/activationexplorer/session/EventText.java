package org.activationexplorer.session;

import org.activationexplorer.text.Numbers;
import org.activationexplorer.train.Divergence;
import org.activationexplorer.train.DivergenceGuard;

/** The one place where run events become sentences, for the window's banner and status line and the command line. */
public final class EventText {
    private EventText() {}

    public static String of(RunEvent event) {
        // (Java 17 has no pattern matching in switch: a chain of instanceof)
        if (event instanceof RunEvent.Loading e) {
            return "Loading " + e.folder();
        } else if (event instanceof RunEvent.LoadFailed e) {
            return "Cannot load the dataset: " + e.reason();
        } else if (event instanceof RunEvent.Failed e) {
            return "Training failed: " + e.reason();
        } else if (event instanceof RunEvent.Diverged e) {
            return diverged(e);
        } else if (event instanceof RunEvent.Restored e) {
            return "Restored the weights of step " + e.step() + "; press Resume to continue.";
        } else if (event instanceof RunEvent.RestoreRefused e) {
            return e.shapeChanged() ? "Cannot restore: these settings build a network of another shape; restore with "
                    + "the same network and family, or press Start for a new run."
                    : "Cannot restore with these settings: " + e.reason();
        } else if (event instanceof RunEvent.Finished e) {
            return "Finished " + e.epochs() + (e.epochs() == 1 ? " epoch" : " epochs") + save(e.save());
        } else if (event instanceof RunEvent.Stopped e) {
            return "Stopped after " + e.steps() + (e.steps() == 1 ? " batch" : " batches") + save(e.save());
        } else if (event instanceof RunEvent.SavedNow e) {
            if (e.save() instanceof RunEvent.Saved s) {
                return "Saved the run so far to " + s.file();
            }
            return e.save() instanceof RunEvent.SaveFailed f ? "Could not save the run: " + f.reason()
                    : "Nothing to save yet (no runs folder, or no step trained)";
        }
        throw new IllegalArgumentException("unknown event " + event);
    }

    /** What diverged, where, and what to do: one sentence and one piece of advice. */
    public static String diverged(RunEvent.Diverged e) {
        return "Training diverged at epoch " + e.divergence().epoch() + ", batch " + e.divergence().batch() + ": "
                + what(e.divergence()) + ". Lower the learning rate"
                + (e.trainableActivation() ? " or the activation learning rate" : "")
                + ", then Restore to continue from the weights of step " + e.restoreStep() + ".";
    }

    /** The divergence alone, as a clause ("the loss became NaN"). */
    public static String what(Divergence d) {
        return switch (d.reason()) {
            case LOSS_NOT_FINITE -> "the loss became " + number(d.value());
            case LOSS_TOO_LARGE -> "the loss reached " + number(d.value()) + " (the limit is " + number(d.limit()) + ")";
            case LOSS_EXPLODED -> "the loss rose to " + number(d.value()) + ", over " + (int) DivergenceGuard.RISE
                    + " times its lowest";
            case PARAMETER_NOT_FINITE -> "parameter " + d.parameter() + " became " + number(d.value());
            case PARAMETER_EXPLODED -> "parameter " + d.parameter() + " grew to " + number(d.value());
        };
    }

    private static String save(RunEvent.SaveOutcome save) {
        if (save instanceof RunEvent.Saved s) {
            return "; saved " + s.file();
        }
        return save instanceof RunEvent.SaveFailed f ? "; could not save the run: " + f.reason() : "";
    }

    /** Three significant digits, exponent form for large and small values: 2.10e30, 0.153, NaN, ∞. */
    public static String number(double v) {
        return Numbers.significant(v, 3);
    }
}
