package org.ganstudio.app.train;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.ganstudio.engine.api.ConfigField;

/** The config fields of the chosen family as a two-column form, each validated as it is typed. */
final class ConfigForm extends GridPane {

    ConfigForm(TrainViewModel model) {
        setId("config-form");
        getStyleClass().add("config-form");
        setHgap(10);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, editors);
        model.fields().addListener((ListChangeListener<FieldModel>) c -> rebuild(model));
        rebuild(model);
    }

    private void rebuild(TrainViewModel model) {
        getChildren().clear();
        int row = 0;
        for (FieldModel field : model.fields()) {
            Label label = new Label(field.field().label());
            Control editor = editorFor(field);
            editor.setTooltip(new Tooltip(field.field().help()));
            Label problem = new Label();
            problem.setId("field-" + field.field().key() + "-problem");
            problem.getStyleClass().add("field-problem");
            problem.textProperty().bind(field.problemProperty());
            problem.managedProperty().bind(problem.textProperty().isNotEmpty());
            problem.visibleProperty().bind(problem.managedProperty());
            field.problemProperty().addListener((obs, old, now) -> markInvalid(editor, !now.isEmpty()));
            add(label, 0, row);
            add(editor, 1, row++);
            add(problem, 1, row++);
        }
    }

    private static Control editorFor(FieldModel field) {
        String id = "field-" + field.field().key();
        if (field.field().kind() == ConfigField.Kind.CHOICE) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(field.field().choices());
            box.valueProperty().bindBidirectional(field.valueProperty());
            box.setId(id);
            box.setMaxWidth(Double.MAX_VALUE);
            return box;
        }
        TextField text = new TextField();
        text.textProperty().bindBidirectional(field.valueProperty());
        text.setId(id);
        return text;
    }

    private static void markInvalid(Control editor, boolean invalid) {
        if (invalid && !editor.getStyleClass().contains("invalid")) {
            editor.getStyleClass().add("invalid");
        } else if (!invalid) {
            editor.getStyleClass().remove("invalid");
        }
    }
}
