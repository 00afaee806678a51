package org.activationexplorer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Hyperparameter;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.nn.Architectures;
import org.activationexplorer.train.RunConfig;
import org.controlsfx.control.PropertySheet;

/**
 * The run's settings: dataset, network, activation family (formula, citation, hyperparameters in a
 * PropertySheet with the catalog's ranges), optimizer and schedule. config() turns them into a RunConfig
 * or explains, naming the setting and its range, why it cannot.
 */
final class ControlPanel extends VBox {
    final ComboBox<Path> dataset = new ComboBox<>();
    private final javafx.scene.layout.HBox datasetRow;
    final ComboBox<String> arch = new ComboBox<>();
    final TextField hidden = field("256,256", "hidden");
    final ComboBox<String> family = new ComboBox<>();
    final Label formula = new Label();
    final Label citation = new Label();
    final PropertySheet sheet = new PropertySheet();
    final ComboBox<String> init = new ComboBox<>();
    final ComboBox<Sharing> sharing = new ComboBox<>();
    final ComboBox<String> optimizer = new ComboBox<>();
    final TextField learningRate = field("0.001", "lr");
    final TextField activationLearningRate = field("0.001", "activation-lr");
    final TextField batch = field("128", "batch");
    final TextField epochs = field("3", "epochs");
    final TextField seed = field("1", "seed");
    final TextField subset = field("0", "subset");
    final Label error = new Label();
    private final Map<String, HyperparameterItem> items = new LinkedHashMap<>();
    /**
     * Training threads in the window: one core stays with drawing. On 2 cores under software rendering the
     * MLP trained at 23–33k samples/s with 2 threads (the spinning worker and the renderer take turns on the
     * cores) and at 40–58k with 1 (bench, 1 thread: 64k).
     */
    /**
     * Our Vector API kernels in the window where available: OpenBLAS's own threads spin on every core, and
     * in the window (1 training thread, 2 cores) the MLP trained at 13–33k samples/s with it against ~60k.
     */
    static final String WINDOW_BLAS = org.activationexplorer.linalg.Gemms.vectorApiAvailable() ? "vector" : "auto";
    static final int WINDOW_THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() - 1));

    ControlPanel() {
        setSpacing(6);
        setPadding(new Insets(8));
        setPrefWidth(330);
        dataset.getItems().setAll(DatasetFolders.available());
        dataset.setValue(DatasetFolders.bundledMnist());
        dataset.setId("dataset");
        javafx.scene.control.Button other = new javafx.scene.control.Button("Folder…");
        other.setOnAction(e -> {
            var chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle("A folder with the four IDX files (train/t10k images and labels, gzipped or not)");
            java.io.File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                if (!dataset.getItems().contains(folder.toPath())) {
                    dataset.getItems().add(folder.toPath());
                }
                dataset.setValue(folder.toPath());
            }
        });
        datasetRow = new javafx.scene.layout.HBox(4, dataset, other);
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
        optimizer.getItems().setAll(RunConfig.OPTIMIZERS);
        optimizer.setValue("adam");
        optimizer.setId("optimizer");
        formula.setWrapText(true);
        formula.setStyle("-fx-font-family: 'Monospaced'; -fx-font-size: 12;");
        formula.setId("formula");
        citation.setWrapText(true);
        citation.setStyle("-fx-font-size: 11; -fx-text-fill: #555;");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPrefHeight(150);
        sheet.setId("hyperparameters");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b00020;");
        error.setId("config-error");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        int r = 0;
        grid.addRow(r++, new Label("Dataset"), datasetRow);
        grid.addRow(r++, new Label("Network"), arch);
        grid.addRow(r++, new Label("Hidden sizes"), hidden);
        grid.addRow(r++, new Label("Activation"), family);
        grid.addRow(r++, new Label("Initialise as"), init);
        grid.addRow(r++, new Label("Parameters"), sharing);
        GridPane training = new GridPane();
        training.setHgap(6);
        training.setVgap(4);
        r = 0;
        training.addRow(r++, new Label("Optimizer"), optimizer);
        training.addRow(r++, new Label("Learning rate"), learningRate);
        training.addRow(r++, new Label("Activation lr"), activationLearningRate);
        training.addRow(r++, new Label("Batch size"), batch);
        training.addRow(r++, new Label("Epochs"), epochs);
        training.addRow(r++, new Label("Seed"), seed);
        training.addRow(r++, new Label("Training subset"), subset);
        Label subsetHint = new Label("subset 0 = all training images; e.g. 5000 for a quick demo");
        subsetHint.setStyle("-fx-font-size: 11; -fx-text-fill: #555;");
        getChildren().addAll(grid, formula, citation, new Label("Hyperparameters"), sheet, training, subsetHint, error);
        family.setValue("pau");
    }

    private static TextField field(String text, String id) {
        TextField f = new TextField(text);
        f.setPrefColumnCount(8);
        f.setId(id);
        return f;
    }

    private void showFamily(String name) {
        Family f = Activations.family(name);
        formula.setText(f.formula());
        citation.setText(f.citation().isBlank() ? "" : f.citation());
        items.clear();
        List<PropertySheet.Item> list = new ArrayList<>();
        for (Hyperparameter h : f.hyperparameters()) {
            HyperparameterItem item = new HyperparameterItem(h);
            items.put(h.name(), item);
            list.add(item);
        }
        sheet.getItems().setAll(list);
        init.getItems().setAll(f.initBases());
        init.setValue(f.initBases().isEmpty() ? null : f.initBases().get(0));
        init.setDisable(f.initBases().isEmpty());
        sharing.setDisable(!f.trainable());
        if (!f.trainable()) {
            sharing.setValue(Sharing.LAYER);
        }
    }

    /** Sets a hyperparameter as if typed into the sheet (tests, presets). */
    void setHyperparameter(String name, double value) {
        items.get(name).setValue(value);
    }

    /** The settings as a valid RunConfig, or a message naming each problem (shown under the panel). */
    Optional<RunConfig> config() {
        List<String> problems = new ArrayList<>();
        Map<String, Double> params = new LinkedHashMap<>();
        for (HyperparameterItem item : items.values()) {
            Hyperparameter h = item.hyperparameter();
            double v = item.number();
            try {
                h.check(v);
                params.put(h.name(), v);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        List<Integer> sizes = new ArrayList<>();
        for (String part : hidden.getText().split("[,\\s]+")) {
            if (!part.isBlank()) {
                sizes.add((int) number(part, "hidden size", problems));
            }
        }
        double lr = number(learningRate.getText(), "learning rate", problems);
        double alr = number(activationLearningRate.getText(), "activation learning rate", problems);
        int batchSize = (int) number(batch.getText(), "batch size", problems);
        int epochCount = (int) number(epochs.getText(), "epochs", problems);
        long seedValue = (long) number(seed.getText(), "seed", problems);
        int limit = (int) number(subset.getText(), "training subset", problems);
        RunConfig config = null;
        if (problems.isEmpty()) {
            RunConfig d = RunConfig.defaults();
            config = new RunConfig(arch.getValue(), sizes, new ActivationConfig(family.getValue(), params,
                    init.isDisabled() ? null : init.getValue(), sharing.getValue()), optimizer.getValue(), lr, alr, 0.9, 0,
                    batchSize, epochCount, seedValue, limit, d.init(), System.getProperty("explorer.blas", WINDOW_BLAS),
                    Integer.getInteger("explorer.threads", WINDOW_THREADS));
            problems.addAll(config.problems());
        }
        error.setText(String.join("\n", problems));
        return problems.isEmpty() ? Optional.of(config) : Optional.empty();
    }

    private static double number(String text, String name, List<String> problems) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            problems.add(name + " must be a number, got '" + text + "'");
            return 0;
        }
    }

    /** One hyperparameter in the sheet; shows its range in the description. */
    static final class HyperparameterItem implements PropertySheet.Item {
        private final Hyperparameter h;
        private Object value;

        HyperparameterItem(Hyperparameter h) {
            this.h = h;
            this.value = h.integer() ? (Object) (int) h.defaultValue() : (Object) h.defaultValue();
        }

        Hyperparameter hyperparameter() {
            return h;
        }

        double number() {
            return ((Number) value).doubleValue();
        }

        @Override
        public Class<?> getType() {
            return h.integer() ? Integer.class : Double.class;
        }

        @Override
        public String getCategory() {
            return "Hyperparameters";
        }

        @Override
        public String getName() {
            return h.name();
        }

        @Override
        public String getDescription() {
            return h.description() + " (range " + h.min() + " to " + h.max() + ")";
        }

        @Override
        public Object getValue() {
            return value;
        }

        @Override
        public void setValue(Object v) {
            value = h.integer() && v instanceof Number n ? (Object) n.intValue() : v;
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }
    }
}
