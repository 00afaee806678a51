package org.activationexplorer.activation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;
import org.activationexplorer.text.Numbers;

/**
 * Where a curve that starts as an approximation of a base function (Taylor's polynomial of SiLU, tanh, …) is within
 * {@link #TOLERANCE} of it, as built, on [−50, 50]: every maximal interval, in order, sampled every 1/256 with each
 * end then bisected to 1e-12. Computed, since a truncated series is good only near 0 (x/2 + x²/4 leaves SiLU at
 * |x| ≈ 1.56) and a least-squares fit trades accuracy at 0 for its whole fitting range, so it can miss 0 and have
 * several intervals (the quadratic ReLU fit has four).
 *
 * @param kind      what the curve is, for sentences ("polynomial")
 * @param base      the base function's display name
 * @param intervals maximal intervals where |f − base| ≤ tolerance, in order; empty if nowhere
 */
public record BaseFit(String kind, String base, double tolerance, List<Interval> intervals) {
    public static final double TOLERANCE = 0.1;
    static final double FROM = -50, TO = 50, STEP = 1.0 / 256;

    /** A family whose curve, as built, approximates a base function. */
    public interface StandIn {
        /** The function the curve approximates. */
        Activation base();

        /** What the curve is, for sentences: "polynomial". */
        String kind();
    }

    /** [from, to]. */
    public record Interval(double from, double to) {}

    public BaseFit {
        intervals = List.copyOf(intervals);
    }

    /** The fit of f to its base if f is a StandIn (channel 0), else null. */
    public static BaseFit of(Activation f) {
        if (!(f instanceof StandIn standIn)) {
            return null;
        }
        Activation base = standIn.base();
        DoublePredicate close = x -> Math.abs(f.value(x, 0) - base.value(x, 0)) <= TOLERANCE;
        List<Interval> found = new ArrayList<>();
        int n = (int) Math.round((TO - FROM) / STEP);
        double start = FROM;
        boolean previous = false;
        for (int i = 0; i <= n; i++) {
            double x = FROM + i * STEP;
            boolean in = close.test(x);
            if (in && !previous && i > 0) {
                start = edge(close, x - STEP, x);
            } else if (!in && previous) {
                found.add(new Interval(start, edge(close, x - STEP, x)));
            }
            previous = in;
        }
        if (previous) {
            found.add(new Interval(start, TO));
        }
        return new BaseFit(standIn.kind(), base.family().displayName(), TOLERANCE, found);
    }

    /** The boundary between a and b, where close() changes, by bisection to 1e-12. */
    private static double edge(DoublePredicate close, double a, double b) {
        boolean atA = close.test(a);
        while (b - a > 1e-12) {
            double m = (a + b) / 2;
            if (close.test(m) == atA) {
                a = m;
            } else {
                b = m;
            }
        }
        return (a + b) / 2;
    }

    /** The interval that holds 0, or null. */
    public Interval aroundZero() {
        return intervals.stream().filter(i -> i.from() <= 0 && 0 <= i.to()).findFirst().orElse(null);
    }

    /** "the initial polynomial is within 0.1 of SiLU (Swish) on [−1.56, 1.56]" (3 significant digits). */
    public String sentence() {
        List<String> each = intervals.stream().map(i -> "[" + Numbers.significant(i.from(), 3) + ", "
                + Numbers.significant(i.to(), 3) + "]").toList();
        String where = each.isEmpty() ? "nowhere on [−50, 50]" : each.size() == 1 ? "on " + each.get(0)
                : "on " + String.join(", ", each.subList(0, each.size() - 1)) + " and " + each.get(each.size() - 1);
        return "the initial " + kind + " is within " + Numbers.significant(tolerance, 1) + " of " + base + " " + where
                + (aroundZero() == null && !intervals.isEmpty() ? " (not at 0)" : "");
    }
}
