package org.activationexplorer.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/** How large everything is drawn, and which optional parts are shown: zoom, presentation mode, a lesson's choices. */
final class Display {
    /** Plot font at zoom 1, and the factor presentation mode adds (ticks at 0.9 · 11 · 1.85 = 18.3 px). */
    static final double PLOT_FONT = 11;
    static final double PRESENTATION = 1.85;
    static final double TEXT_SIZE = 13;

    /** Ctrl+= / Ctrl+− / Ctrl+0: every text and plot font together. */
    final DoubleProperty zoom = new SimpleDoubleProperty(1);
    /** F5: full screen, no control panel, large type. */
    final BooleanProperty presentation = new SimpleBooleanProperty();
    /** The panels' rows of view options (smoothing, log scale, f′, fit); a lesson may hide them. */
    final BooleanProperty viewOptions = new SimpleBooleanProperty(true);
    final DoubleBinding plotFont = Bindings.createDoubleBinding(() -> PLOT_FONT * zoom.get()
            * (presentation.get() ? PRESENTATION : 1), zoom, presentation);
    final DoubleBinding textSize = Bindings.createDoubleBinding(() -> TEXT_SIZE * zoom.get()
            * (presentation.get() ? 1.5 : 1), zoom, presentation);
    /** The settings on the left; a lesson may hide them. */
    final BooleanProperty settings = new SimpleBooleanProperty(true);
    /** Presentation mode gives the settings' and the view options' room to the plots. */
    final BooleanBinding settingsShown = settings.and(presentation.not());
    final BooleanBinding viewOptionsShown = viewOptions.and(presentation.not());
}
