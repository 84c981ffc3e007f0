package org.ganstudio.app.train;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganstudio.engine.api.ConfigField;

/** One config field of the form: its description, the text typed, and the problem with it (or empty). */
public final class FieldModel {

    private final ConfigField field;
    private final StringProperty value;
    private final StringBinding problem;

    FieldModel(ConfigField field) {
        this.field = field;
        this.value = new SimpleStringProperty(field.defaultValue());
        this.problem = Bindings.createStringBinding(() -> {
            String p = field.validate(value.get());
            return p == null ? "" : p;
        }, value);
    }

    public ConfigField field() {
        return field;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringBinding problemProperty() {
        return problem;
    }

    public boolean valid() {
        return problem.get().isEmpty();
    }
}
