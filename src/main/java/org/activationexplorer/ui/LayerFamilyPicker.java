package org.activationexplorer.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;

/**
 * "Different family per layer": a toggle that reveals a row per activation layer of the chosen network. Layer 1 is
 * the family picked above (with its hyperparameters and initialisation); every other layer has a family picker,
 * starting at that family. A layer with the family above takes its settings, a layer with another family starts
 * from that family's defaults (or, after show(), from the replayed run's settings for that layer).
 */
final class LayerFamilyPicker extends VBox {
    final CheckBox toggle = new CheckBox("Different family per layer");
    private final GridPane rows = new GridPane();
    private final Label note = new Label();
    private final ObservableValue<String> main;
    private final List<ComboBox<String>> pickers = new ArrayList<>(); // layers 2, 3, …
    private List<String> layerNames = List.of();
    private List<ActivationConfig> remembered = List.of(); // a shown run's own per-layer settings
    private final Runnable changed;

    /** `main`: the family picked above (layer 1's); `changed` runs after every change of choice. */
    LayerFamilyPicker(ObservableValue<String> main, Runnable changed) {
        super(3);
        this.main = main;
        this.changed = changed;
        setId("layer-families");
        toggle.setId("per-layer");
        rows.getStyleClass().add("field-pair");
        rows.setVgap(3);
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        getChildren().addAll(toggle, rows, note);
        toggle.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                pickers.forEach(p -> p.setValue(main.getValue()));
            }
            showRows();
            changed.run();
        });
        main.addListener((o, a, b) -> rebuild());
        showRows();
    }

    /** The chosen network's activation layers by name ("dense 1", "conv 1" …); keeps the choices it can. */
    void setLayers(List<String> names) {
        if (!names.equals(layerNames)) {
            layerNames = List.copyOf(names);
            rebuild();
        }
    }

    private void rebuild() {
        List<String> kept = pickers.stream().map(ComboBox::getValue).toList();
        pickers.clear();
        rows.getChildren().clear();
        for (int i = 0; i < layerNames.size(); i++) {
            Label name = new Label("Layer " + (i + 1) + " · " + layerNames.get(i));
            name.getStyleClass().add("field-label");
            rows.add(name, 0, i);
            if (i == 0) {
                rows.add(new Label(main.getValue() + " (as above)"), 1, i);
                continue;
            }
            ComboBox<String> picker = new ComboBox<>();
            picker.getItems().setAll(Activations.names());
            picker.setValue(i - 1 < kept.size() && kept.get(i - 1) != null ? kept.get(i - 1) : main.getValue());
            picker.setId("layer-family-" + (i + 1));
            picker.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(picker, Priority.ALWAYS);
            picker.valueProperty().addListener(o -> changed.run());
            pickers.add(picker);
            rows.add(picker, 1, i);
        }
        note.setText(main.getValue() + "'s hyperparameters and initialisation apply to every layer with "
                + main.getValue() + "; a layer with another family starts from that family's defaults.");
    }

    private void showRows() {
        boolean on = toggle.isSelected();
        for (var n : List.of(rows, note)) {
            n.setVisible(on);
            n.setManaged(on);
        }
    }

    /** True when a layer's family has trainable parameters: the one above, or another layer's when they differ. */
    boolean anyTrainable() {
        boolean any = main.getValue() != null && Activations.family(main.getValue()).trainable();
        for (ComboBox<String> p : toggle.isSelected() ? pickers : List.<ComboBox<String>>of()) {
            any |= p.getValue() != null && Activations.family(p.getValue()).trainable();
        }
        return any;
    }

    /** A family picker of layer `layer` (from 1; layer 1's is the picker above): for tests. */
    ComboBox<String> picker(int layer) {
        return pickers.get(layer - 2);
    }

    /** Each layer's family, layer 1's being `first` (the settings above); empty when the toggle is off. */
    List<ActivationConfig> configs(ActivationConfig first) {
        if (!toggle.isSelected()) {
            return List.of();
        }
        List<ActivationConfig> configs = new ArrayList<>(List.of(first));
        for (int i = 0; i < pickers.size(); i++) {
            String family = pickers.get(i).getValue();
            ActivationConfig own = i + 1 < remembered.size() ? remembered.get(i + 1) : null;
            configs.add(family.equals(first.family()) ? first
                    : own != null && own.family().equals(family)
                    ? new ActivationConfig(family, own.params(), own.init(), first.sharing())
                    : new ActivationConfig(family, java.util.Map.of(), null, first.sharing()));
        }
        return configs;
    }

    /** Shows a run's families (layers beyond the first keep their own settings for a new run from them). */
    void show(List<ActivationConfig> layers) {
        remembered = List.copyOf(layers);
        toggle.setSelected(!layers.isEmpty());
        for (int i = 0; i < pickers.size() && i + 1 < layers.size(); i++) {
            pickers.get(i).setValue(layers.get(i + 1).family());
        }
    }
}
