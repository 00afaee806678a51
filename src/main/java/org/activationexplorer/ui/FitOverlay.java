package org.activationexplorer.ui;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.activationexplorer.fit.Candidate;
import org.activationexplorer.plot.Axes;
import org.activationexplorer.plot.FitLines;
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
    private List<Candidate> candidates = List.of();

    /** Fits the layer's curve in the background; `done` gets the ranked candidates on the FX thread. */
    void fit(LayerSnapshot s, Consumer<List<Candidate>> done) {
        CompletableFuture.supplyAsync(() -> FitLines.rank(s, 5)).whenComplete((list, error) ->
                Platform.runLater(() -> {
                    candidates = list == null ? List.of() : list;
                    done.accept(candidates);
                }));
    }

    /** The best candidates as thin lines over the plot. */
    void draw(Painter p, Axes a, LayerSnapshot s) {
        FitLines.draw(p, a, s, candidates);
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
                    k + 1, c.name(), k < FitLines.SHOWN ? " (" + FitLines.COLOR_NAMES.get(k) + ")" : "", c.r2(),
                    Numbers.significant(c.maxResidual(), 2), params));
        }
        return b.toString();
    }

    List<Candidate> candidates() {
        return candidates;
    }
}
