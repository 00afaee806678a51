package org.activationexplorer.ui;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.activationexplorer.fit.Candidate;
import org.activationexplorer.fit.SymbolicFit;
import org.activationexplorer.plot.Axes;
import org.activationexplorer.plot.CompareChart;
import org.activationexplorer.plot.Painter;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.text.Numbers;

/**
 * "What did it learn?": the layer's curve fitted with the library (fit/SymbolicFit: fixed families wrapped as
 * c·g(a·x + b) + d, polynomials, a rational), weighted by the layer's input histogram so the fit counts where the data
 * are. Runs off the FX thread (half a second to a second); the best candidates are drawn over the learned curve
 * (never instead of it) and listed.
 */
final class FitOverlay {
    static final int SHOWN = 3;
    /** Blue, green, orange of the compare palette: never the learned curve's red. */
    static final int[] COLORS = {0, 2, 3};
    static final String[] COLOR_NAMES = {"blue", "green", "orange"};
    private List<Candidate> candidates = List.of();

    /** Fits the layer's curve in the background; `done` gets the ranked candidates on the FX thread. */
    void fit(LayerSnapshot s, Consumer<List<Candidate>> done) {
        int n = s.curve().size();
        double[] x = new double[n], y = new double[n], w = s.curve().inputWeights(); // where the inputs fall
        for (int i = 0; i < n; i++) {
            x[i] = s.curve().x(i);
            y[i] = s.y()[i];
        }
        CompletableFuture.supplyAsync(() -> SymbolicFit.rank(x, y, w, 5)).whenComplete((list, error) ->
                Platform.runLater(() -> {
                    candidates = list == null ? List.of() : list;
                    done.accept(candidates);
                }));
    }

    /** The best candidates as thin lines over the plot (colours of the compare view, from the second on). */
    void draw(Painter p, Axes a, LayerSnapshot s) {
        if (a == null || candidates.isEmpty()) {
            return;
        }
        int n = s.curve().size();
        double[] px = new double[n], py = new double[n];
        p.clip(a.left, a.top, a.width, a.height);
        for (int k = 0; k < Math.min(SHOWN, candidates.size()); k++) {
            for (int i = 0; i < n; i++) {
                px[i] = a.px(s.curve().x(i));
                double v = candidates.get(k).value(s.curve().x(i));
                py[i] = Double.isFinite(v) ? a.py(v) : Double.NaN;
            }
            p.stroke(CompareChart.color(COLORS[k]).withOpacity(0.9), 1.5);
            p.polyline(px, py, n);
        }
        p.unclip();
    }

    /** One line per candidate: rank, name, weighted R², largest residual, parameters. */
    static String table(List<Candidate> list) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < list.size(); k++) {
            Candidate c = list.get(k);
            StringBuilder params = new StringBuilder();
            for (double v : c.parameters()) {
                params.append(params.length() == 0 ? "" : ", ").append(Numbers.significant(v, 3));
            }
            b.append(String.format(Locale.ROOT, "%s%d. %s%s   R² %.5f   max residual %s   (%s)", k == 0 ? "" : "\n",
                    k + 1, c.name(), k < SHOWN ? " (" + COLOR_NAMES[k] + ")" : "", c.r2(),
                    Numbers.significant(c.maxResidual(), 2), params));
        }
        return b.toString();
    }

    List<Candidate> candidates() {
        return candidates;
    }
}
