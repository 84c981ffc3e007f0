package org.ganstudio.app.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganstudio.engine.api.NumericsReport;

/** Which studio is open (Sketch, the first in the navigation, at start), and what the status bar says. */
public final class MainViewModel {

    private final ObjectProperty<Studio> selected = new SimpleObjectProperty<>(Studio.SKETCH);
    private final StringProperty device = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("Ready");
    private final StringProperty numerics = new SimpleStringProperty("Checking numbers…");
    private final StringProperty numericsDetail = new SimpleStringProperty("");
    private final BooleanProperty numericsWarning = new SimpleBooleanProperty(false);

    /**
     * Shows what the numeric self-check found: a short word beside the device, the whole finding as its tooltip,
     * and, when the studio had to fall back or cannot trust its numbers, the finding in the status message too.
     */
    public void showNumerics(NumericsReport report) {
        numerics.set(!report.trustworthy() ? "Numbers WRONG: training off" : report.fellBack() ? "Numbers: safe mode"
                : "Numbers checked");
        numericsDetail.set(report.summary());
        numericsWarning.set(!report.trustworthy() || report.fellBack());
        if (numericsWarning.get()) {
            status.set(report.summary());
        }
    }

    /** The numeric self-check could not run at all. */
    public void showNumericsError(String message) {
        numerics.set("Numbers unchecked");
        numericsDetail.set("The numeric self-check could not run: " + message);
        numericsWarning.set(true);
        status.set(numericsDetail.get());
    }

    public StringProperty numericsProperty() {
        return numerics;
    }

    public StringProperty numericsDetailProperty() {
        return numericsDetail;
    }

    public BooleanProperty numericsWarningProperty() {
        return numericsWarning;
    }

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
