package org.ganstudio.app.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Which studio is open, and what the status bar says. */
public final class MainViewModel {

    private final ObjectProperty<Studio> selected = new SimpleObjectProperty<>(Studio.TRAIN);
    private final StringProperty device = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("Ready");

    public ObjectProperty<Studio> selectedProperty() {
        return selected;
    }

    public StringProperty deviceProperty() {
        return device;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
