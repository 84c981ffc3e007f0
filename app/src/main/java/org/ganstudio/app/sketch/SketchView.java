package org.ganstudio.app.sketch;

import java.io.File;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.ganstudio.app.common.ModelChoice;
import org.ganstudio.app.common.MessageLabel;
import org.ganstudio.app.common.StartFolder;
import org.ganstudio.engine.api.ImageFiles;
import org.ganstudio.engine.api.InstalledModel;

/**
 * The Sketch studio: model and file actions on top, drawing tools below them, the drawing and the output side
 * by side, and under the output what the model sees.
 */
public final class SketchView extends VBox {

    /** Gap between the two boards. */
    static final double GAP = 24;
    /** Height of the captions, hints and message around the boards, until it can be measured. */
    static final double BOARD_CHROME = 90;

    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO_SHIFT =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination PEN = new KeyCodeCombination(KeyCode.P);
    static final KeyCombination ERASER = new KeyCodeCombination(KeyCode.E);
    /** The studio's shortcuts, for the Help. */
    public static final java.util.List<String[]> SHORTCUTS = java.util.List.of(
            new String[] {"Ctrl+Z", "Undo the last stroke"},
            new String[] {"Ctrl+Y or Ctrl+Shift+Z", "Redo"},
            new String[] {"P", "Pen"},
            new String[] {"E", "Eraser"});

    /** The folder of the last file opened or saved here, where the next dialog opens. */
    private final StartFolder startFolder = new StartFolder();
    private final SketchViewModel model;
    private final SketchCanvas canvas;
    private final ImageView output = new ImageView();
    private final StackPane outputArea = new StackPane();
    private final StackPane boardsArea = new StackPane();
    private final VBox boardsColumn = new VBox(12);

    public SketchView(SketchViewModel model) {
        this.model = model;
        setId("sketch-view");
        getStyleClass().add("sketch-view");
        setSpacing(12);
        canvas = new SketchCanvas(model, Sketch.SIDE);
        Label title = new Label("Sketch \u2014 draw edges, get a shoe");
        title.setId("studio-title");
        title.getStyleClass().add("studio-title");
        boardsColumn.getChildren().addAll(boards(), message());
        boardsArea.getChildren().add(boardsColumn);
        boardsArea.setAlignment(Pos.TOP_LEFT);
        boardsArea.setMinSize(0, 0);
        VBox.setVgrow(boardsArea, Priority.ALWAYS);
        getChildren().addAll(title, modelRow(), toolRow(), boardsArea);
        boardsArea.widthProperty().addListener((obs, old, now) -> fitBoards());
        boardsArea.heightProperty().addListener((obs, old, now) -> fitBoards());
        fitBoards();
        sceneProperty().addListener((obs, old, now) -> shortcuts(old, now));
    }

    /**
     * The largest side at which the two boards fit in {@code width x height}, at most the drawing's own side (a
     * larger canvas would only blur its pixels) and at least a quarter of it.
     */
    static double boardSide(double width, double height, double chrome) {
        double room = Math.min((width - GAP) / 2 - 2, height - chrome);
        return Math.floor(Math.max(Sketch.SIDE / 4.0, Math.min(Sketch.SIDE, room)));
    }

    private void fitBoards() {
        double width = boardsArea.getWidth();
        double height = boardsArea.getHeight();
        double chrome = boardsColumn.prefHeight(width) - canvas.getHeight(); // captions, hints, message
        double side = width > 0 && height > 0 ? boardSide(width, height, chrome > 0 ? chrome : BOARD_CHROME)
                : Sketch.SIDE;
        if (canvas.getWidth() != side) {
            canvas.resizeTo(side);
        }
        output.setFitWidth(side);
        output.setFitHeight(side);
        outputArea.setMinSize(side, side);
        outputArea.setPrefSize(side, side);
        outputArea.setMaxSize(side, side);
    }

    /** Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z work while the studio is shown, wherever the focus is. */
    private void shortcuts(Scene old, Scene now) {
        if (old != null) {
            old.getAccelerators().remove(UNDO);
            old.getAccelerators().remove(REDO);
            old.getAccelerators().remove(REDO_SHIFT);
            old.getAccelerators().remove(PEN);
            old.getAccelerators().remove(ERASER);
        }
        if (now != null) {
            now.getAccelerators().put(UNDO, model::undo);
            now.getAccelerators().put(REDO, model::redo);
            now.getAccelerators().put(REDO_SHIFT, model::redo);
            now.getAccelerators().put(PEN, () -> model.toolProperty().set(Tool.PEN));
            now.getAccelerators().put(ERASER, () -> model.toolProperty().set(Tool.ERASER));
            model.activate();
        }
    }

    private HBox modelRow() {
        ComboBox<InstalledModel> choice = ModelChoice.of("model-choice", model.models(), model.selectedModelProperty(),
                280);
        Button openModel = button("open-model", "Open model folder\u2026", this::chooseModelFolder);
        openModel.setTooltip(new Tooltip("A trained Pix2Pix model or a checkpoint folder of a run"));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("model-opening");
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.openingProperty());
        Button openSaved = button("open-saved", "Open saved\u2026", () -> chooseFile("Open a saved sketch", model::openSaved,
                new FileChooser.ExtensionFilter("Saved sketch", "*.json", "*.png")));
        Button save = button("save-output", "Save\u2026", this::chooseSaveFile);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.outputImageProperty().isNull());
        HBox row = new HBox(8, label("Model"), choice, openModel, busy, spacer(), openSaved, save);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox toolRow() {
        ToggleGroup tools = new ToggleGroup();
        ToggleButton pen = toolButton("tool-pen", "Pen", Tool.PEN, tools);
        pen.setTooltip(new Tooltip("Pen (P)"));
        ToggleButton eraser = toolButton("tool-eraser", "Eraser", Tool.ERASER, tools);
        eraser.setTooltip(new Tooltip("Eraser (E)"));
        pen.getStyleClass().add("left-pill");
        eraser.getStyleClass().add("right-pill");
        HBox sizes = new HBox(2);
        sizes.setAlignment(Pos.CENTER_LEFT);
        ToggleGroup sizeGroup = new ToggleGroup();
        for (int px : Tool.SIZES) {
            sizes.getChildren().add(sizeButton(px, sizeGroup));
        }
        Button undo = button("undo", "Undo", model::undo);
        undo.setTooltip(new Tooltip("Undo the last stroke (Ctrl+Z)"));
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("redo", "Redo", model::redo);
        redo.setTooltip(new Tooltip("Redo (Ctrl+Y or Ctrl+Shift+Z)"));
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button clear = button("clear", "Clear", model::clear);
        clear.setTooltip(new Tooltip("A white page (undoable)"));
        Button openSketch = button("open-sketch", "Import drawing\u2026", () -> chooseFile("Import a line drawing",
                model::openSketch, images()));
        openSketch.setTooltip(new Tooltip("Dark lines on light (or light on dark): it becomes the drawing"));
        Button trace = button("open-trace", "Trace photo\u2026",
                () -> chooseFile("A photo to trace over", model::openTracePhoto, images()));
        trace.setTooltip(new Tooltip("Shown under the page to draw over; never sent to the model"));
        Button openPhoto = button("open-photo", "Edges of photo\u2026",
                () -> chooseFile("Open a photo", model::openPhoto, images()));
        openPhoto.setTooltip(new Tooltip("A photo of a shoe on a plain background; its edges become the drawing"));
        Button example = button("random-example", "Random example", model::randomExample);
        example.setTooltip(new Tooltip("One of the held-out sketches that came with the model"));
        example.disableProperty().bind(model.hasExamplesProperty().not());
        HBox pills = new HBox(0, pen, eraser);
        HBox row = new HBox(8, pills, sizes, new Separator(javafx.geometry.Orientation.VERTICAL),
                undo, redo, clear, spacer(), openSketch, trace, openPhoto, example);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A size as a dot of that size (up to 18 px), its number in the tooltip; follows the tool's size. */
    private ToggleButton sizeButton(int px, ToggleGroup group) {
        Circle dot = new Circle(Math.min(px, 18) / 2.0);
        dot.getStyleClass().add("size-dot");
        StackPane box = new StackPane(dot);
        box.setMinSize(18, 18);
        ToggleButton button = new ToggleButton(null, box);
        button.setId("pen-size-" + px);
        button.getStyleClass().add("size-button");
        button.setToggleGroup(group);
        button.setTooltip(new Tooltip(px + " px"));
        button.setSelected(model.penSizeProperty().get() == px);
        button.setOnAction(e -> {
            button.setSelected(true);
            model.penSizeProperty().set(px);
        });
        model.penSizeProperty().addListener((obs, old, now) -> button.setSelected(now.intValue() == px));
        return button;
    }

    private ToggleButton toolButton(String id, String text, Tool tool, ToggleGroup group) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setSelected(model.toolProperty().get() == tool);
        button.setOnAction(e -> {
            button.setSelected(true); // one tool is always chosen
            model.toolProperty().set(tool);
        });
        model.toolProperty().addListener((obs, old, now) -> button.setSelected(now == tool));
        return button;
    }

    private HBox boards() {
        StackPane sketchBoard = new StackPane(canvas);
        sketchBoard.getStyleClass().add("sketch-board");
        sketchBoard.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        VBox left = new VBox(6, captionRow(caption("Your drawing"), traceControls()), sketchBoard,
                hint("Drag to draw \u00b7 Ctrl+Z undo \u00b7 Ctrl+Y redo \u00b7 F1 help"));

        Label latency = new Label();
        latency.setId("sketch-latency");
        latency.getStyleClass().add("sketch-latency");
        latency.textProperty().bind(model.latencyProperty());
        CheckBox smooth = new CheckBox("Smooth");
        smooth.setId("output-smooth");
        smooth.setTooltip(new Tooltip("On: the output enlarged with a bicubic filter. Off: the model's own pixels as "
                + "squares."));
        smooth.selectedProperty().bindBidirectional(model.smoothProperty());
        VBox right = new VBox(6, captionRow(caption("Model output"), latency), outputBoard(), modelSees(smooth));
        HBox boards = new HBox(GAP, left, right);
        boards.setAlignment(Pos.TOP_LEFT);
        return boards;
    }

    /** The photo to trace: its opacity and a way to remove it, shown while there is one. */
    private HBox traceControls() {
        Slider opacity = new Slider(0, 1, model.traceOpacityProperty().get());
        opacity.setId("trace-opacity");
        opacity.setPrefWidth(110);
        opacity.setTooltip(new Tooltip("How strongly the photo under the page shows"));
        opacity.valueProperty().bindBidirectional(model.traceOpacityProperty());
        Button remove = button("remove-trace", "Remove photo", model::removeTracePhoto);
        remove.getStyleClass().add("small");
        HBox row = new HBox(6, hint("Photo"), opacity, remove);
        row.setId("trace-controls");
        row.setAlignment(Pos.CENTER_RIGHT);
        row.visibleProperty().bind(model.tracePhotoProperty().isNotNull());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    /** "What the model sees": the prepared drawing as a thumbnail (its pixels as squares) with its steps. */
    private HBox modelSees(CheckBox smooth) {
        ImageView thumb = new ImageView();
        thumb.setId("model-sees");
        thumb.imageProperty().bind(model.preparedImageProperty());
        thumb.setFitWidth(SketchViewModel.THUMBNAIL);
        thumb.setFitHeight(SketchViewModel.THUMBNAIL);
        StackPane frame = new StackPane(thumb);
        frame.getStyleClass().add("model-sees");
        frame.setMinSize(SketchViewModel.THUMBNAIL + 2, SketchViewModel.THUMBNAIL + 2);
        frame.setMaxSize(SketchViewModel.THUMBNAIL + 2, SketchViewModel.THUMBNAIL + 2);
        Label steps = new Label();
        steps.setId("model-sees-steps");
        steps.getStyleClass().add("hint");
        steps.setWrapText(true);
        steps.textProperty().bind(model.preparedStepsProperty());
        Tooltip stepsTip = new Tooltip();
        stepsTip.textProperty().bind(model.preparedStepsProperty());
        Tooltip.install(frame, stepsTip);
        VBox text = new VBox(4, caption("What the model sees"), steps, smooth);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, frame, text);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private StackPane outputBoard() {
        output.setId("sketch-output");
        output.imageProperty().bind(model.outputImageProperty());
        output.setPreserveRatio(true);
        Label empty = new Label();
        empty.setId("output-hint");
        empty.getStyleClass().add("board-hint");
        empty.setWrapText(true);
        empty.setMaxWidth(300);
        empty.textProperty().bind(Bindings.when(model.openingProperty()).then("Opening the model\u2026")
                .otherwise(Bindings.when(model.modelProblemProperty().isNotEmpty()).then(model.modelProblemProperty())
                .otherwise(Bindings.when(model.inputProblemProperty().isNotEmpty()).then(model.inputProblemProperty())
                        .otherwise(Bindings.when(model.modelOpenProperty()).then("The model's answer appears here.")
                                .otherwise("Open a model to see what it makes of your sketch.")))));
        model.modelProblemProperty().addListener((obs, old, now) -> {
            empty.getStyleClass().remove("error");
            if (!now.isEmpty()) {
                empty.getStyleClass().add("error");
            }
        });
        empty.visibleProperty().bind(model.outputImageProperty().isNull());
        outputArea.getChildren().setAll(empty, output);
        StackPane board = new StackPane(outputArea);
        board.getStyleClass().addAll("sketch-board", "output-board");
        board.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return board;
    }

    private Label message() {
        Label message = MessageLabel.of("sketch-message", model.messageProperty(), model.messageIsErrorProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        return message;
    }

    private void chooseModelFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("A Pix2Pix model or checkpoint folder");
        File chosen = chooser.showDialog(getScene().getWindow());
        if (chosen != null) {
            model.openModelFolder(chosen.toPath());
        }
    }

    private void chooseFile(String title, Consumer<java.nio.file.Path> action, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(startFolder.get());
        chooser.getExtensionFilters().addAll(filter, new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            startFolder.remember(chosen);
            action.accept(chosen.toPath());
        }
    }

    private void chooseSaveFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the output (the drawing, what the model saw, a side-by-side PNG and a JSON go beside it)");
        chooser.setInitialFileName("shoe.png");
        chooser.setInitialDirectory(startFolder.get());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen != null) {
            startFolder.remember(chosen);
            model.save(chosen.toPath());
        }
    }


    private static FileChooser.ExtensionFilter images() {
        return new FileChooser.ExtensionFilter("Images", ImageFiles.EXTENSIONS.stream().sorted().map(e -> "*." + e).toList());
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label label(String text) {
        return new Label(text);
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sketch-caption");
        return label;
    }

    private static HBox captionRow(Label caption, Node right) {
        HBox row = new HBox(8, caption, spacer(), right);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        return label;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
