package org.ganstudio.app.common;

import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.ganstudio.engine.api.InstalledModel;

/** A studio's model chooser: the models by title, each one's summary as its tooltip, bound to the selection. */
public final class ModelChoice {

    private ModelChoice() {}

    public static ComboBox<InstalledModel> of(String id, ObservableList<InstalledModel> models,
            Property<InstalledModel> selected, double width) {
        ComboBox<InstalledModel> choice = new ComboBox<>(models);
        choice.setId(id);
        choice.setPromptText("No model open");
        choice.setPrefWidth(width);
        choice.valueProperty().bindBidirectional(selected);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(InstalledModel m) {
                return m == null ? "" : m.title();
            }

            @Override
            public InstalledModel fromString(String s) {
                return null;
            }
        });
        choice.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(InstalledModel m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.title());
                setTooltip(empty || m == null ? null : new Tooltip(m.summary()));
            }
        });
        return choice;
    }
}
