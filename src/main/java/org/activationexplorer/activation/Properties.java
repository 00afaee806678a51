package org.activationexplorer.activation;

import java.util.ArrayList;
import java.util.List;

/**
 * Shape properties of one activation (channel 0, as built: a family at its initialisation), computed from the
 * function itself rather than written by hand, so that a card cannot claim what the curve does not do. f and f′
 * are sampled on x ∈ [−50, 50] every 1/64 (exact in binary, so 0 is a sample) and at ±100, ±200, ±500, ±1000.
 *
 * <ul>
 * <li>range: the least and greatest sampled values; an end is ±∞ when f keeps moving that way toward ±1000
 *     (each step 100 → 200 → 500 → 1000 changes f by more than {@link #GROWTH_TOL}·(1 + |f|) in that direction,
 *     and the last step's change per unit of ln x is at least {@link #CREEP_RATIO} of the first's), or f is ±∞
 *     somewhere. A tail that still moves but ever more slowly approaches a bound (softsign: 1 − 1/(1 + x)); that
 *     bound is estimated by Aitken's Δ² from f at 250, 500 and 1000. So the bounds are the infimum and supremum,
 *     attained or not (sigmoid: 0 and 1; softsign: −1 and 1).</li>
 * <li>monotonic: non-decreasing, f′ ≥ −{@link #SLOPE_TOL} at every sample and no jump down.</li>
 * <li>zeroCentred: |f(0)| ≤ {@link #ZERO_TOL} and outputs of both signs beyond that tolerance.</li>
 * <li>smooth (C¹ on [−50, 50]): where neighbouring samples' f′ differ by more than {@link #JUMP_TOL}, the interval
 *     is halved 45 times (width ~1e-14) toward the half whose change departs more from the smooth trend (estimated
 *     just outside the interval); a difference still above the tolerance is a jump in f′ (a kink), listed in
 *     kinks. A continuous f′ changes by ~f″·1e-14 there. A jump in derivative() where f itself has one slope
 *     (one-sided differences of f over 1e-6 agree) is not a kink of f: the step's straight-through slope jumps at
 *     ±1 where f is flat.</li>
 * <li>jumps: where f itself is discontinuous (the step at 0). Neighbouring samples whose change departs from
 *     the trapezoid estimate of ∫f′ (by more than JUMP_TOL·(1 + |change|)) are halved toward the larger change, 60
 *     times or until doubles allow no narrower interval; a change still above JUMP_TOL is a jump. smooth means no
 *     kink and no jump.</li>
 * <li>saturates: on a side when |f′| ≤ {@link #SATURATION_TOL} at both ±500 and ±1000.</li>
 * <li>slopeAtZero: f′(0) where f′ is continuous at 0; at a kink (one-sided f′(±1e-9) differ by more than
 *     JUMP_TOL) the mean of the two one-sided slopes, so ReLU's is 0.5 whatever its f′(0) convention; NaN
 *     where f jumps at 0 (no slope).</li>
 * <li>baseFit: for a {@link BaseFit.StandIn} (a curve that starts as an approximation of a base function,
 *     Taylor's polynomial), where it is within {@link BaseFit#TOLERANCE} of that base; null for other families.</li>
 * </ul>
 * NaN samples are left out. Families evaluated by series or tables may have rounding steps in f′ far below
 * JUMP_TOL; those are not counted as kinks.
 */
public record Properties(double lower, double upper, boolean monotonic, boolean zeroCentred, List<Double> kinks,
                         List<Double> jumps, boolean saturatesLeft, boolean saturatesRight, double slopeAtZero,
                         boolean kinkAtZero, BaseFit baseFit) {

    public static final double SLOPE_TOL = 1e-9;
    public static final double ZERO_TOL = 1e-9;
    public static final double JUMP_TOL = 1e-4;
    public static final double SATURATION_TOL = 1e-6;
    public static final double GROWTH_TOL = 1e-9;
    public static final double CREEP_RATIO = 0.5;
    static final double FROM = -50, TO = 50, STEP = 1.0 / 64;
    static final double[] FAR = {100, 200, 500, 1000};
    static final double ONE_SIDED = 1e-9;
    static final int MAX_KINKS = 20;
    static final double JUMP_SIDE = 1e-6;

    public Properties {
        kinks = List.copyOf(kinks);
        jumps = List.copyOf(jumps);
    }

    /** C¹ on the sampled interval: no jump in f′ and none in f was found. */
    public boolean smooth() {
        return kinks.isEmpty() && jumps.isEmpty();
    }

    public static Properties of(Activation f) {
        int n = (int) Math.round((TO - FROM) / STEP) + 1;
        double lower = Double.POSITIVE_INFINITY, upper = Double.NEGATIVE_INFINITY;
        boolean monotonic = true;
        double[] values = new double[n], slopes = new double[n];
        for (int i = 0; i < n; i++) {
            double x = FROM + i * STEP, y = f.value(x, 0);
            values[i] = y;
            slopes[i] = f.derivative(x, 0);
            if (!Double.isNaN(y)) {
                lower = Math.min(lower, y);
                upper = Math.max(upper, y);
            }
            monotonic &= !(slopes[i] < -SLOPE_TOL);
        }
        for (double side : new double[] {-1, 1}) {
            for (double far : FAR) {
                double x = side * far, y = f.value(x, 0);
                if (!Double.isNaN(y)) {
                    lower = Math.min(lower, y);
                    upper = Math.max(upper, y);
                }
                monotonic &= !(f.derivative(x, 0) < -SLOPE_TOL);
            }
            if (keepsMoving(f, side, 1)) {
                upper = Double.POSITIVE_INFINITY;
            }
            if (keepsMoving(f, side, -1)) {
                lower = Double.NEGATIVE_INFINITY;
            }
            double limit = tailLimit(f, side); // where a tail creeps toward a bound, the bound
            if (!Double.isNaN(limit)) {
                lower = Math.min(lower, limit);
                upper = Math.max(upper, limit);
            }
        }
        List<Double> jumps = jumps(f, values, slopes);
        for (double at : jumps) {
            monotonic &= !(f.value(at + JUMP_SIDE, 0) < f.value(at - JUMP_SIDE, 0));
        }
        double zero = f.value(0, 0);
        boolean zeroCentred = Math.abs(zero) <= ZERO_TOL && lower < -ZERO_TOL && upper > ZERO_TOL;
        double left = f.derivative(-ONE_SIDED, 0), right = f.derivative(ONE_SIDED, 0);
        boolean jumpAtZero = jumps.contains(0.0);
        boolean kinkAtZero = !jumpAtZero && Math.abs(right - left) > JUMP_TOL;
        double slope = jumpAtZero ? Double.NaN : kinkAtZero ? (left + right) / 2 : f.derivative(0, 0);
        return new Properties(lower, upper, monotonic, zeroCentred, kinks(f, slopes), jumps, saturates(f, -1),
                saturates(f, 1), slope, kinkAtZero, BaseFit.of(f));
    }

    /**
     * Whether f moves in direction sign (+1 up, −1 down) at every step 100 → 200 → 500 → 1000 on that side, and
     * not ever more slowly: per unit of ln x, the last step's change is at least CREEP_RATIO of the first's (ln x
     * keeps its rate; softsign's 1 − 1/(1 + x) loses 4/5 of it, a tail that converges).
     */
    private static boolean keepsMoving(Activation f, double side, double sign) {
        double previous = f.value(side * FAR[0], 0), firstRate = 0, rate = 0;
        for (int k = 1; k < FAR.length; k++) {
            double y = f.value(side * FAR[k], 0);
            if (y == sign * Double.POSITIVE_INFINITY) {
                return true;
            }
            double change = sign * (y - previous);
            if (!(change > GROWTH_TOL * (1 + Math.abs(y)))) {
                return false;
            }
            rate = change / Math.log(FAR[k] / FAR[k - 1]);
            firstRate = k == 1 ? rate : firstRate;
            previous = y;
        }
        return rate >= CREEP_RATIO * firstRate;
    }

    /**
     * f(±1000), or, where the tail still creeps toward a bound (changes in one direction that shrink by at least a
     * quarter from 250 → 500 to 500 → 1000), that bound by Aitken's Δ²: exact for a tail L − c·x^{−p}, whose
     * distances to L at doubling x are geometric; softsign's 1 − 1/(1 + x) gives 1 within 4e-6. NaN if f is.
     */
    private static double tailLimit(Activation f, double side) {
        double a = f.value(side * 250, 0), b = f.value(side * 500, 0), c = f.value(side * 1000, 0);
        double first = b - a, second = c - b;
        boolean converging = first * second > 0 && Math.abs(second) <= 0.75 * Math.abs(first);
        double limit = converging ? c - second * second / (second - first) : c;
        return Double.isFinite(limit) ? limit : c;
    }

    private static boolean saturates(Activation f, double side) {
        return Math.abs(f.derivative(side * 500, 0)) <= SATURATION_TOL
                && Math.abs(f.derivative(side * 1000, 0)) <= SATURATION_TOL;
    }

    /** Locations of jumps in f′ (to 1e-6), at most MAX_KINKS of them. */
    private static List<Double> kinks(Activation f, double[] slopes) {
        List<Double> found = new ArrayList<>();
        for (int i = 0; i + 1 < slopes.length && found.size() < MAX_KINKS; i++) {
            if (!(Math.abs(slopes[i + 1] - slopes[i]) > JUMP_TOL)) {
                continue; // small changes, and NaN, are not candidates
            }
            double a = FROM + i * STEP, b = a + STEP, da = slopes[i], db = slopes[i + 1];
            for (int k = 0; k < 45; k++) {
                double m = a + (b - a) / 2;
                if (m == a || m == b) {
                    break;
                }
                // the smooth change over a half, from just outside [a, b] on both sides; without it, a smooth rise
                // larger than a jump that falls (PAU's kink at 0) steers the search into the wrong half
                double half = (b - a) / 2, trend = (da - f.derivative(a - half, 0) + f.derivative(b + half, 0) - db) / 2;
                double dm = f.derivative(m, 0);
                if (Math.abs(dm - da - trend) >= Math.abs(db - dm - trend)) {
                    b = m;
                    db = dm;
                } else {
                    a = m;
                    da = dm;
                }
            }
            double at = Math.rint((a + b) / 2 * 1e6) / 1e6;
            if (Math.abs(db - da) > JUMP_TOL && !differentiable(f, (a + b) / 2)
                    && (found.isEmpty() || Math.abs(found.get(found.size() - 1) - at) > 1e-6)) {
                found.add(at == 0 ? 0.0 : at); // no −0.0 in the output
            }
        }
        return found;
    }

    /**
     * Whether f itself has one slope at x: its one-sided differences over JUMP_SIDE agree within JUMP_TOL/2 (their
     * rounding, ~4e-10·|f|, stays below that for |f| up to 1e5). A jump in derivative() there is then a surrogate's.
     */
    private static boolean differentiable(Activation f, double x) {
        double y = f.value(x, 0);
        double left = (y - f.value(x - JUMP_SIDE, 0)) / JUMP_SIDE, right = (f.value(x + JUMP_SIDE, 0) - y) / JUMP_SIDE;
        return Math.abs(right - left) <= JUMP_TOL / 2;
    }

    /** Locations of discontinuities of f (to 1e-6), at most MAX_KINKS of them. */
    private static List<Double> jumps(Activation f, double[] values, double[] slopes) {
        List<Double> found = new ArrayList<>();
        for (int i = 0; i + 1 < values.length && found.size() < MAX_KINKS; i++) {
            double change = values[i + 1] - values[i], trapezoid = (slopes[i] + slopes[i + 1]) / 2 * STEP;
            if (!(Math.abs(change - trapezoid) > JUMP_TOL * (1 + Math.abs(change)))) {
                continue; // f follows its slope (or is NaN there): no candidate
            }
            double a = FROM + i * STEP, b = a + STEP, ya = values[i], yb = values[i + 1];
            for (int k = 0; k < 60; k++) { // toward the half that changes more; a continuous f's change shrinks
                double m = a + (b - a) / 2, ym = f.value(m, 0);
                if (m == a || m == b) {
                    break;
                }
                if (Math.abs(ym - ya) >= Math.abs(yb - ym)) {
                    b = m;
                    yb = ym;
                } else {
                    a = m;
                    ya = ym;
                }
            }
            double at = Math.rint((a + b) / 2 * 1e6) / 1e6;
            if (Math.abs(yb - ya) > JUMP_TOL && (found.isEmpty() || Math.abs(found.get(found.size() - 1) - at) > 1e-6)) {
                found.add(at == 0 ? 0.0 : at);
            }
        }
        return found;
    }
}
