package org.ganstudio.app.latent;

import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import org.ganstudio.app.common.ModelChoice;
import org.ganstudio.engine.api.InstalledModel;

/** The model choice both latent studios show: installed DCGANs, "Open model…", and a spinner while one opens. */
public final class ModelRow {

    private ModelRow() {}

    /** The row; its controls' ids start with {@code prefix} ("latent-model-choice", ...). */
    public static HBox create(GeneratorSession session, String prefix) {
        ComboBox<InstalledModel> choice = ModelChoice.of(prefix + "-model-choice", session.models(),
                session.selectedModelProperty(), 260);
        Button open = new Button("Open model\u2026");
        open.setId(prefix + "-open-model");
        open.setTooltip(new Tooltip("A trained DCGAN: a model folder or a checkpoint folder of a run"));
        open.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("A DCGAN model or checkpoint folder");
            File chosen = chooser.showDialog(open.getScene().getWindow());
            if (chosen != null) {
                session.openModelFolder(chosen.toPath());
            }
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId(prefix + "-model-opening");
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(session.openingProperty());
        Label problem = new Label();
        problem.setId(prefix + "-model-problem");
        problem.getStyleClass().addAll("sketch-message", "error");
        problem.setWrapText(true);
        problem.textProperty().bind(session.problemProperty());
        HBox row = new HBox(8, new Label("Model"), choice, open, busy, problem);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
