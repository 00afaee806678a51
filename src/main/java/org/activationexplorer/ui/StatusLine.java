package org.activationexplorer.ui;

import java.util.Locale;
import org.activationexplorer.session.EventText;
import org.activationexplorer.session.RunEvent;
import org.activationexplorer.session.Snapshot;
import org.activationexplorer.optim.Schedule;
import org.activationexplorer.text.Numbers;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;

/**
 * The status bar's sentence for a live snapshot: the state once, where the run is, how fast, how long to go, and
 * the latest event. Finished and stopped runs show no batch counter; slow motion shows its real rate and an ETA.
 */
final class StatusLine {
    private StatusLine() {}

    static String of(Snapshot s) {
        RunEvent e = s.event();
        switch (s.state()) {
            case LOADING:
            case FAILED:
                return e == null ? s.state().toString() : EventText.of(e);
            case DIVERGED:
                return "Diverged at epoch " + ((RunEvent.Diverged) e).divergence().epoch() + ", batch "
                        + ((RunEvent.Diverged) e).divergence().batch() + ": see the banner above the plots";
            case FINISHED:
            case STOPPED:
                return join(e == null ? s.state().toString() : EventText.of(e), accuracy(s),
                        "trained for " + duration(s.trainingSeconds()));
            default:
                break;
        }
        boolean running = s.state() == Snapshot.State.RUNNING;
        double rate = s.samplesPerSecond(), eta = s.etaSeconds();
        return join(running ? "Training" : "Paused",
                String.format(Locale.ROOT, "epoch %d/%d · batch %d/%d", Math.min(s.epochsDone() + 1, s.config().epochs()),
                        s.config().epochs(), s.batch(), s.batchesPerEpoch()),
                running && Double.isFinite(rate) ? String.format(Locale.ROOT, "%,.0f samples/s", rate) : null,
                duration(s.trainingSeconds()) + " trained",
                running && Double.isFinite(eta) ? "ETA " + duration(eta) : null,
                routine(s),
                accuracy(s),
                e == null ? null : EventText.of(e));
    }

    /** A scheduled learning rate as it is now ("lr 4.3e-4 (cosine)"), and the clipping; null for neither. */
    private static String routine(Snapshot s) {
        RunConfig c = s.config();
        String lr = null;
        if (!c.schedule().equals(Schedule.CONSTANT.label()) && Schedule.NAMES.contains(c.schedule())) {
            long step = (long) s.epochsDone() * s.batchesPerEpoch() + s.batch();
            double factor = Schedule.named(c.schedule()).factor(step, (long) c.epochs() * s.batchesPerEpoch());
            lr = "lr " + Numbers.significant(c.learningRate() * factor, 2) + " (" + c.schedule() + ")";
        }
        String clip = c.clipLabel().isEmpty() ? null : c.clipLabel();
        return lr == null ? clip : clip == null ? lr : lr + " · " + clip;
    }

    private static String accuracy(Snapshot s) {
        if (s.epochs().isEmpty()) {
            return null;
        }
        EpochResult r = s.epochs().get(s.epochs().size() - 1);
        return String.format(Locale.ROOT, "test accuracy %.2f %%", 100 * r.testAccuracy());
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                b.append(b.length() == 0 ? "" : " · ").append(p);
            }
        }
        return b.toString();
    }

    static String duration(double seconds) {
        long t = Math.round(seconds);
        return t >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60)
                : String.format(Locale.ROOT, "%d:%02d", t / 60, t % 60);
    }
}
