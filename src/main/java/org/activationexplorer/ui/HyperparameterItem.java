package org.activationexplorer.ui;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.activationexplorer.activation.Hyperparameter;
import org.controlsfx.control.PropertySheet;

/** One hyperparameter in the sheet; shows its range in the description. */
final class HyperparameterItem implements PropertySheet.Item {
    private final Hyperparameter h;
    private final Runnable changed;
    private Object value;

    /** `changed` runs after every edit (the window previews the new curve). */
    HyperparameterItem(Hyperparameter h, Runnable changed) {
        this.h = h;
        this.changed = changed;
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
        changed.run();
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }
}
