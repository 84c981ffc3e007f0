package org.ganstudio.app.unpaired;

import static org.ganstudio.app.common.Controls.button;
import static org.ganstudio.app.common.Controls.caption;
import static org.ganstudio.app.common.Controls.hint;
import static org.ganstudio.app.common.Controls.spacer;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.ganstudio.app.common.MessageLabel;
import org.ganstudio.app.common.ModelChoice;
import org.ganstudio.app.common.ModelSession;
import org.ganstudio.app.common.StartFolder;
import org.ganstudio.engine.api.InstalledModel;
import org.ganstudio.engine.api.TranslationDirection;
import org.ganstudio.engine.api.TwoWayTranslator;
import org.ganstudio.app.common.PictureFiles;

/**
 * The Unpaired studio: the CycleGAN model on top; the picture given and its translation side by side, with the
 * direction switch ("A → B" / "B → A", named after the model's domains when its card names them) between the rows of
 * buttons; the message line at the foot.
 */
public final class UnpairedView extends VBox {

    static final double BOARD_SIDE = 320;

    private final UnpairedViewModel model;
    private final StartFolder startFolder = new StartFolder();

    public UnpairedView(UnpairedViewModel model) {
        this.model = model;
        setId("unpaired-view");
        getStyleClass().add("unpaired-view");
        setSpacing(10);
        Label title = new Label("Unpaired \u2014 translate a picture between two sets (CycleGAN)");
        title.setId("studio-title");
        title.getStyleClass().add("studio-title");
        HBox boards = new HBox(16, inputBoard(), outputBoard());
        VBox.setVgrow(boards, Priority.ALWAYS);
        getChildren().addAll(title, modelRow(), hint("A CycleGAN learns two translations at once, from pictures of A "
                + "to pictures of B and back, from two folders that need not match picture for picture. Open a "
                + "picture of either set and choose the way to translate it."), actionRow(), boards, footer());
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.activate();
            }
        });
    }

    // ---- the model row

    private HBox modelRow() {
        ModelSession<TwoWayTranslator> session = model.session();
        ComboBox<InstalledModel> choice = ModelChoice.of("unpaired-model-choice", session.models(),
                session.selectedModelProperty(), 240);
        Button open = button("unpaired-open-model", "Open model\u2026", this::chooseModel);
        open.setTooltip(new Tooltip("A trained CycleGAN: an exported model folder or a checkpoint folder of a run"));
        ProgressIndicator opening = new ProgressIndicator();
        opening.setId("unpaired-model-opening");
        opening.setPrefSize(20, 20);
        opening.visibleProperty().bind(session.openingProperty());
        opening.managedProperty().bind(opening.visibleProperty());
        Label problem = new Label();
        problem.setId("unpaired-model-problem");
        problem.getStyleClass().addAll("sketch-message", "error");
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        problem.textProperty().bind(session.problemProperty());
        HBox row = new HBox(8, new Label("Model"), choice, open, opening, problem);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    // ---- picture, direction, save

    private HBox actionRow() {
        Button picture = button("unpaired-open-picture", "Open picture\u2026", this::choosePicture);
        picture.getStyleClass().add("accent");
        picture.setTooltip(new Tooltip("A picture of the set the translation starts from (any size: it is fitted)"));
        ToggleGroup ways = new ToggleGroup();
        ToggleButton forward = way("unpaired-a-to-b", TranslationDirection.A_TO_B, model.forwardLabelProperty(), ways);
        ToggleButton backward = way("unpaired-b-to-a", TranslationDirection.B_TO_A, model.backwardLabelProperty(), ways);
        ways.selectToggle(model.directionProperty().get() == TranslationDirection.A_TO_B ? forward : backward);
        ways.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                ways.selectToggle(old); // one way is always chosen
            } else {
                model.directionProperty().set((TranslationDirection) now.getUserData());
            }
        });
        model.directionProperty().addListener((obs, old, now) ->
                ways.selectToggle(now == TranslationDirection.A_TO_B ? forward : backward));
        HBox switchBox = new HBox(0, forward, backward);
        switchBox.setId("unpaired-direction");
        Button save = button("unpaired-save", "Save result\u2026", this::chooseSave);
        save.disableProperty().bind(model.resultProperty().isNull());
        save.setTooltip(new Tooltip("The translation shown, as a PNG"));
        HBox row = new HBox(8, picture, new Label("Translate"), switchBox, spacer(), save);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static ToggleButton way(String id, TranslationDirection direction, ObservableValue<String> text,
            ToggleGroup group) {
        ToggleButton button = new ToggleButton();
        button.setId(id);
        button.textProperty().bind(text);
        button.setUserData(direction);
        button.setToggleGroup(group);
        return button;
    }

    // ---- the boards

    private VBox inputBoard() {
        Label empty = boardHint("unpaired-input-hint");
        empty.setText("Open a picture to translate.");
        empty.visibleProperty().bind(model.inputImageProperty().isNull());
        return board("Input", "unpaired-input", model.inputImageProperty(), empty);
    }

    private VBox outputBoard() {
        ModelSession<TwoWayTranslator> session = model.session();
        Label empty = boardHint("unpaired-output-hint");
        empty.textProperty().bind(Bindings.when(session.openingProperty()).then("Opening the model\u2026")
                .otherwise(Bindings.when(session.problemProperty().isNotEmpty()).then(session.problemProperty())
                        .otherwise(Bindings.when(session.modelProperty().isNull()).then("Choose a CycleGAN model above.")
                                .otherwise("The translation shows here."))));
        empty.visibleProperty().bind(model.outputImageProperty().isNull());
        ProgressIndicator working = new ProgressIndicator();
        working.setId("unpaired-translating");
        working.setPrefSize(16, 16);
        working.visibleProperty().bind(model.translatingProperty());
        VBox board = board("Output", "unpaired-output", model.outputImageProperty(), empty);
        ((HBox) board.getChildren().get(0)).getChildren().add(working);
        return board;
    }

    private static Label boardHint(String id) {
        Label empty = new Label();
        empty.setId(id);
        empty.getStyleClass().add("board-hint");
        empty.setWrapText(true);
        empty.setMaxWidth(BOARD_SIDE - 40);
        return empty;
    }

    private static VBox board(String title, String id, ObservableValue<Image> image, Label empty) {
        ImageView view = new ImageView();
        view.setId(id);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(BOARD_SIDE);
        view.setFitHeight(BOARD_SIDE);
        view.imageProperty().bind(image);
        StackPane frame = new StackPane(empty, view);
        frame.getStyleClass().add("sketch-board");
        frame.setMinSize(BOARD_SIDE + 2, BOARD_SIDE + 2);
        frame.setMaxSize(BOARD_SIDE + 2, BOARD_SIDE + 2);
        HBox heading = new HBox(8, caption(title));
        heading.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading, frame);
    }

    private HBox footer() {
        Label message = MessageLabel.of("unpaired-message", model.messageProperty(), model.messageIsErrorProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(12, message);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinHeight(28);
        return row;
    }

    // ---- dialogs

    private void chooseModel() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("A CycleGAN model or checkpoint folder");
        chooser.setInitialDirectory(startFolder.get());
        File chosen = chooser.showDialog(getScene().getWindow());
        if (chosen != null) {
            startFolder.remember(chosen);
            model.session().openModelFolder(chosen.toPath());
        }
    }

    private void choosePicture() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("A picture to translate");
        chooser.getExtensionFilters().addAll(PictureFiles.openFilters());
        chooser.setInitialDirectory(startFolder.get());
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            startFolder.remember(chosen);
            model.openPicture(chosen.toPath());
        }
    }

    private void chooseSave() {
        Translation shown = model.resultProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the translation");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName(shown == null ? "translation.png" : shown.suggestedFileName());
        chooser.setInitialDirectory(startFolder.get());
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen != null) {
            startFolder.remember(chosen);
            model.saveResult(chosen.toPath());
        }
    }
}
