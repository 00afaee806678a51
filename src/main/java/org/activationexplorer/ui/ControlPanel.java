package org.activationexplorer.ui;

import static org.activationexplorer.ui.FormLayout.field;
import static org.activationexplorer.ui.FormLayout.labelled;
import static org.activationexplorer.ui.FormLayout.pair;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.data.DatasetKind;
import org.activationexplorer.nn.Architectures;
import org.activationexplorer.optim.Schedule;
import org.activationexplorer.train.RunConfig;
import org.controlsfx.control.PropertySheet;

/**
 * The run's settings, each label above its field: dataset, network, activation family (formula, citation, its
 * hyperparameters in a sheet, hidden when it has none; a family per layer on request), optimizer, schedule, clipping.
 * config() turns them into a RunConfig or lists every problem at once and marks the fields; show() fills them from a
 * saved run (read-only while replayed). Every change is reported (the window previews the curves).
 */
final class ControlPanel extends VBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    final ComboBox<Path> dataset = new ComboBox<>();
    final ComboBox<String> arch = new ComboBox<>();
    final TextField hidden = field("256,256", "hidden");
    final ComboBox<String> family = new ComboBox<>();
    final FamilyCardView card = new FamilyCardView();
    final Label sheetTitle = new Label("Hyperparameters");
    final PropertySheet sheet = new PropertySheet();
    final ComboBox<String> init = new ComboBox<>();
    final ComboBox<Sharing> sharing = new ComboBox<>();
    final ComboBox<String> optimizer = new ComboBox<>();
    final ComboBox<String> schedule = new ComboBox<>();
    final TextField clipNorm = field("0", "clip-norm");
    final TextField learningRate = field("0.001", "lr");
    final TextField activationLearningRate = field("0.001", "activation-lr");
    final TextField batch = field("128", "batch");
    final TextField epochs = field("3", "epochs");
    final TextField seed = field("1", "seed");
    final TextField subset = field("0", "subset");
    final Label readOnly = new Label("The replayed run's settings (read-only)");
    final Label error = new Label();
    final LayerFamilyPicker layerFamilies = new LayerFamilyPicker(family.valueProperty(), this::report);
    private final Map<String, HyperparameterItem> items = new LinkedHashMap<>();
    private final VBox form = new VBox();
    private final String blas;
    private final int threads;
    private Consumer<Optional<RunConfig>> changed = c -> {};
    private boolean filling; // show() sets many fields: report once, at the end

    ControlPanel(String blas, int threads) {
        this.blas = blas;
        this.threads = threads;
        setId("control-panel");
        getStyleClass().add("control-panel");
        dataset.getItems().setAll(DatasetFolders.available());
        dataset.setValue(DatasetFolders.bundledMnist());
        dataset.setId("dataset");
        dataset.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(dataset, Priority.ALWAYS);
        Button other = new Button("Folder…");
        other.setTooltip(new Tooltip("Another dataset folder: " + DatasetKind.WHAT_A_FOLDER_HOLDS));
        other.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        other.setOnAction(e -> chooseFolder());
        arch.getItems().setAll(Architectures.NAMES);
        arch.setValue("mlp");
        arch.setId("arch");
        hidden.disableProperty().bind(arch.valueProperty().isNotEqualTo("mlp"));
        family.getItems().setAll(Activations.names());
        family.setId("family");
        family.valueProperty().addListener((o, a, b) -> showFamily(b));
        sharing.getItems().setAll(Sharing.values());
        sharing.setValue(Sharing.LAYER);
        sharing.setId("sharing");
        init.setId("init");
        init.valueProperty().addListener((o, a, b) -> { // the form can differ by initialisation (Taylor's fits)
            if (family.getValue() != null) {
                card.show(Activations.family(family.getValue()), b);
            }
        });
        optimizer.getItems().setAll(RunConfig.OPTIMIZERS);
        optimizer.setValue("adam");
        optimizer.setId("optimizer");
        schedule.getItems().setAll(Schedule.NAMES);
        schedule.setValue(Schedule.CONSTANT.label());
        schedule.setId("schedule");
        schedule.setTooltip(new Tooltip("The learning rates (network and activation) over the run: constant; "
                + "cosine from the rate to 0 at the end; step: ×0.1 at half the steps and again at three quarters"));
        clipNorm.setTooltip(new Tooltip("Before each update, scale all gradients (activation parameters included) so "
                + "that their global norm is at most this; 0 = no clipping"));
        arch.valueProperty().addListener(o -> showLayers());
        hidden.textProperty().addListener(o -> showLayers());
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setId("hyperparameters");
        error.setWrapText(true);
        error.getStyleClass().add("error");
        error.setId("config-error");
        readOnly.getStyleClass().add("read-only-note");
        readOnly.setWrapText(true);
        Label subsetHint = new Label("Training subset 0 = all images; 5000 makes a quick demo");
        subsetHint.getStyleClass().add("hint");
        subsetHint.setWrapText(true);
        form.getStyleClass().add("form");
        form.getChildren().addAll(labelled("Dataset", new HBox(4, dataset, other)),
                pair("Network", arch, "Hidden sizes", hidden), labelled("Activation", family), card,
                layerFamilies, pair("Initialise as", init, "Parameters", sharing), sheetTitle, sheet,
                pair("Optimizer", optimizer, "Learning rate", learningRate),
                pair("Schedule", schedule, "Clip norm (0 = off)", clipNorm),
                pair("Activation lr", activationLearningRate, "Batch size", batch),
                pair("Epochs", epochs, "Seed", seed), pair("Training subset", subset, null, null), subsetHint);
        getChildren().addAll(readOnly, form, error);
        for (ComboBox<?> c : List.of(dataset, arch, family, init, sharing, optimizer, schedule)) {
            c.valueProperty().addListener(o -> report());
            c.setMaxWidth(Double.MAX_VALUE);
        }
        for (TextField f : List.of(hidden, learningRate, activationLearningRate, clipNorm, batch, epochs, seed,
                subset)) {
            f.textProperty().addListener(o -> report());
        }
        setReadOnly(false);
        family.setValue("pau");
        showLayers();
    }

    /** The per-layer picker's rows: the chosen network's activation layers (unchanged while the sizes do not read). */
    private void showLayers() {
        try {
            List<Integer> sizes = java.util.Arrays.stream(hidden.getText().split("[,\\s]+")).filter(p -> !p.isBlank())
                    .map(p -> Integer.parseInt(p.trim())).toList();
            layerFamilies.setLayers(Architectures.activationLayers(arch.getValue(), sizes));
        } catch (IllegalArgumentException e) { // a size that is not a number, or no network: the rows stay
        }
    }

    private void chooseFolder() {
        var chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("A dataset folder: " + DatasetKind.IN_SHORT);
        java.io.File folder = chooser.showDialog(getScene().getWindow());
        if (folder != null) {
            if (!dataset.getItems().contains(folder.toPath())) {
                dataset.getItems().add(folder.toPath());
            }
            dataset.setValue(folder.toPath());
        }
    }

    /** Called with the settings after every change (empty while they are invalid). */
    void onChange(Consumer<Optional<RunConfig>> listener) {
        changed = listener;
    }

    private void report() {
        updateSharing();
        if (!filling) {
            changed.accept(parse(false));
        }
    }

    private void showFamily(String name) {
        Family f = Activations.family(name);
        card.show(f, f.initBases().isEmpty() ? null : f.initBases().get(0));
        items.clear();
        List<PropertySheet.Item> list = new ArrayList<>();
        for (Hyperparameter h : f.hyperparameters()) {
            HyperparameterItem item = new HyperparameterItem(h, this::report);
            items.put(h.name(), item);
            list.add(item);
        }
        sheet.getItems().setAll(list);
        // a row per hyperparameter (about two lines of text each), not a fixed block with blank space below
        sheet.prefHeightProperty().bind(sheetTitle.heightProperty().multiply(2.1 * list.size()).add(8));
        boolean any = !list.isEmpty(); // no empty sheet under a heading (PAU, Mittag-Leffler)
        for (Node n : List.of(sheet, sheetTitle)) {
            n.setVisible(any);
            n.setManaged(any);
        }
        init.getItems().setAll(f.initBases());
        init.setValue(f.initBases().isEmpty() ? null : f.initBases().get(0));
        init.setDisable(f.initBases().isEmpty());
    }

    /** Per-channel parameters only where a layer's family has parameters (the one above, or another layer's). */
    private void updateSharing() {
        sharing.setDisable(!layerFamilies.anyTrainable());
        sharing.setValue(sharing.isDisabled() ? Sharing.LAYER : sharing.getValue());
    }

    /** Sets a hyperparameter as if typed into the sheet (tests, presets). */
    void setHyperparameter(String name, double value) {
        items.get(name).setValue(value);
    }

    /** Fills every field from a run's settings (a replay's, or "New run from these settings"). */
    void show(RunConfig c) {
        filling = true;
        try {
            arch.setValue(c.arch());
            hidden.setText(String.join(",", c.hidden().stream().map(String::valueOf).toList()));
            family.setValue(c.activation().family());
            layerFamilies.show(c.layerActivations());
            for (var e : c.activation().params().entrySet()) {
                if (items.containsKey(e.getKey())) {
                    setHyperparameter(e.getKey(), e.getValue());
                }
            }
            init.setValue(c.activation().init() == null ? init.getValue() : c.activation().init());
            sharing.setValue(c.activation().sharing());
            optimizer.setValue(c.optimizer());
            schedule.setValue(c.schedule());
            clipNorm.setText(c.clipNorm() == 0 ? "0" : Double.toString(c.clipNorm()));
            learningRate.setText(Double.toString(c.learningRate()));
            activationLearningRate.setText(Double.toString(c.activationLearningRate()));
            batch.setText(Integer.toString(c.batchSize()));
            epochs.setText(Integer.toString(c.epochs()));
            seed.setText(Long.toString(c.seed()));
            subset.setText(Integer.toString(c.limit()));
        } finally {
            filling = false;
        }
        report();
    }

    /** Read-only while a saved run is replayed: the fields show its settings and cannot be edited. */
    void setReadOnly(boolean on) {
        form.setDisable(on);
        pseudoClassStateChanged(PseudoClass.getPseudoClass("read-only"), on);
        readOnly.setVisible(on);
        readOnly.setManaged(on);
    }

    /** The settings as a valid RunConfig, or empty with every problem listed under the panel and its field marked. */
    Optional<RunConfig> config() {
        return parse(true);
    }

    private Optional<RunConfig> parse(boolean showProblems) {
        SettingsCheck check = new SettingsCheck();
        Map<String, Double> params = new LinkedHashMap<>();
        for (HyperparameterItem item : items.values()) {
            Hyperparameter h = item.hyperparameter();
            try {
                params.put(h.name(), h.check(item.number()));
            } catch (IllegalArgumentException e) {
                check.problem(sheet, e.getMessage()); // each out of range, not only the first (as resolve would)
            }
        }
        List<Integer> sizes = new ArrayList<>();
        for (String part : hidden.getText().split("[,\\s]+")) {
            if (!part.isBlank()) {
                sizes.add((int) check.number(hidden, part, "hidden size", 256));
            }
        }
        RunConfig d = RunConfig.defaults();
        ActivationConfig first = new ActivationConfig(family.getValue(), params, init.isDisabled() ? null
                : init.getValue(), sharing.getValue());
        RunConfig config = new RunConfig(arch.getValue(), sizes, first, optimizer.getValue(),
                check.number(learningRate, learningRate.getText(), "learning rate", d.learningRate()),
                check.number(activationLearningRate, activationLearningRate.getText(), "activation learning rate",
                        d.activationLearningRate()), 0.9, 0,
                (int) check.number(batch, batch.getText(), "batch size", d.batchSize()),
                (int) check.number(epochs, epochs.getText(), "epochs", d.epochs()),
                (long) check.number(seed, seed.getText(), "seed", d.seed()),
                (int) check.number(subset, subset.getText(), "training subset", 0), d.init(), blas, threads)
                .withRoutine(schedule.getValue(), check.number(clipNorm, clipNorm.getText(), "clip norm", 0))
                .withLayerActivations(layerFamilies.configs(first));
        check.add(config.problems(), Map.of(hidden, "hidden", learningRate, "learning rate", activationLearningRate,
                "activation learning rate", batch, "batch size", epochs, "epochs", subset, "limit", init,
                family.getValue() + " has no initialisation", clipNorm, "clip norm", layerFamilies, "layer"));
        if (showProblems) {
            error.setText(String.join("\n", check.problems()));
            for (Node n : List.of(hidden, learningRate, activationLearningRate, batch, epochs, seed, subset, init,
                    sheet, clipNorm, layerFamilies)) {
                n.pseudoClassStateChanged(INVALID, check.marked().contains(n));
            }
        }
        return check.problems().isEmpty() ? Optional.of(config) : Optional.empty();
    }
}
