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
import javafx.scene.control.ListCell;
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
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.ganstudio.engine.api.InstalledModel;

/** The Sketch studio: model and file actions on top, drawing tools below them, sketch and output side by side. */
public final class SketchView extends VBox {

    /** Gap between the two boards. */
    static final double GAP = 24;
    /** Height of the captions, hints and message around the boards, until it can be measured. */
    static final double BOARD_CHROME = 90;

    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO_SHIFT =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

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
        canvas = new SketchCanvas(model, model.side() * 7.0);
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
        model.sketchImageProperty().addListener((obs, old, now) -> fitBoards());
        fitBoards();
        sceneProperty().addListener((obs, old, now) -> shortcuts(old, now));
    }

    /**
     * The largest side, in whole multiples of the model's pixels (so every model pixel is the same number of
     * screen pixels), at which two boards fit in {@code width x height}; at least one pixel per model pixel.
     */
    static double boardSide(int modelSide, double width, double height, double chrome) {
        double room = Math.min((width - GAP) / 2 - 2, height - chrome);
        return modelSide * Math.max(1, Math.floor(room / modelSide));
    }

    private void fitBoards() {
        double width = boardsArea.getWidth();
        double height = boardsArea.getHeight();
        double chrome = boardsColumn.prefHeight(width) - canvas.getHeight(); // captions, hints, message
        double side = width > 0 && height > 0
                ? boardSide(model.side(), width, height, chrome > 0 ? chrome : BOARD_CHROME) : model.side() * 7.0;
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
        }
        if (now != null) {
            now.getAccelerators().put(UNDO, model::undo);
            now.getAccelerators().put(REDO, model::redo);
            now.getAccelerators().put(REDO_SHIFT, model::redo);
            model.activate();
        }
    }

    private HBox modelRow() {
        ComboBox<InstalledModel> choice = new ComboBox<>(model.models());
        choice.setId("model-choice");
        choice.setPromptText("No model open");
        choice.setPrefWidth(280);
        choice.valueProperty().bindBidirectional(model.selectedModelProperty());
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
        ToggleButton eraser = toolButton("tool-eraser", "Eraser", Tool.ERASER, tools);
        pen.getStyleClass().add("left-pill");
        eraser.getStyleClass().add("right-pill");
        Slider size = new Slider(1, SketchViewModel.MAX_PEN, model.penSizeProperty().get());
        size.setId("pen-size");
        size.setBlockIncrement(1);
        size.setMajorTickUnit(1);
        size.setMinorTickCount(0);
        size.setSnapToTicks(true);
        size.setPrefWidth(130);
        size.setTooltip(new Tooltip("Size in model pixels; 1 pixel is what the model's training edges look like"));
        size.valueProperty().addListener((obs, old, now) -> model.penSizeProperty().set((int) Math.round(
                now.doubleValue())));
        model.penSizeProperty().addListener((obs, old, now) -> size.setValue(now.doubleValue()));
        Label sizeValue = new Label();
        sizeValue.setId("pen-size-value");
        sizeValue.setMinWidth(36);
        sizeValue.textProperty().bind(Bindings.format("%d px", model.penSizeProperty()));
        Button undo = button("undo", "Undo", model::undo);
        undo.setTooltip(new Tooltip("Undo the last stroke (Ctrl+Z)"));
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("redo", "Redo", model::redo);
        redo.setTooltip(new Tooltip("Redo (Ctrl+Y or Ctrl+Shift+Z)"));
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button clear = button("clear", "Clear", model::clear);
        Button openSketch = button("open-sketch", "Open sketch\u2026", () -> chooseFile("Open an edge map or drawing",
                model::openSketch, images()));
        openSketch.setTooltip(new Tooltip("Black lines on white, used as they are"));
        Button openPhoto = button("open-photo", "Open photo\u2026",
                () -> chooseFile("Open a photo", model::openPhoto, images()));
        openPhoto.setTooltip(new Tooltip("A photo of a shoe on a plain background; its edges become the sketch"));
        Button example = button("random-example", "Random example", model::randomExample);
        example.setTooltip(new Tooltip("One of the held-out sketches that came with the model"));
        example.disableProperty().bind(model.hasExamplesProperty().not());
        HBox pills = new HBox(0, pen, eraser);
        HBox row = new HBox(8, pills, label("Size"), size, sizeValue, new Separator(javafx.geometry.Orientation.VERTICAL),
                undo, redo, clear, spacer(), openSketch, openPhoto, example);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
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
        Label sketchCaption = caption("Your sketch");
        Label sketchSize = new Label();
        sketchSize.getStyleClass().add("hint");
        Runnable describe = () -> sketchSize.setText(model.side() + " \u00d7 " + model.side() + " model pixels");
        model.sketchImageProperty().addListener((obs, old, now) -> describe.run());
        describe.run();
        StackPane sketchBoard = new StackPane(canvas);
        sketchBoard.getStyleClass().add("sketch-board");
        sketchBoard.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        VBox left = new VBox(6, captionRow(sketchCaption, sketchSize), sketchBoard,
                hint("Drag to draw \u00b7 Ctrl+Z undo \u00b7 Ctrl+Y redo"));

        Label latency = new Label();
        latency.setId("sketch-latency");
        latency.getStyleClass().add("sketch-latency");
        latency.textProperty().bind(model.latencyProperty());
        CheckBox smooth = new CheckBox("Smooth");
        smooth.setId("output-smooth");
        smooth.setTooltip(new Tooltip("Enlarge the output smoothly instead of showing its pixels as squares"));
        smooth.setSelected(true);
        output.smoothProperty().bind(smooth.selectedProperty());
        VBox right = new VBox(6, captionRow(caption("Model output"), latency), outputBoard(), smooth);
        HBox boards = new HBox(24, left, right);
        boards.setAlignment(Pos.TOP_LEFT);
        return boards;
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
                        .otherwise(Bindings.when(model.modelOpenProperty()).then("The model's answer appears here.")
                                .otherwise("Open a model to see what it makes of your sketch."))));
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
        Label message = new Label();
        message.setId("sketch-message");
        message.getStyleClass().add("sketch-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(model.messageProperty());
        markErrors(message);
        return message;
    }

    /** Gives the label the "error" style class while the message is an error. */
    private void markErrors(Label label) {
        model.messageIsErrorProperty().addListener((obs, old, now) -> {
            label.getStyleClass().remove("error");
            if (now) {
                label.getStyleClass().add("error");
            }
        });
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
        chooser.getExtensionFilters().addAll(filter, new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            action.accept(chosen.toPath());
        }
    }

    private void chooseSaveFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the output (its sketch and a JSON are saved beside it)");
        chooser.setInitialFileName("shoe.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen != null) {
            model.save(chosen.toPath());
        }
    }

    private static FileChooser.ExtensionFilter images() {
        return new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg", "*.bmp", "*.gif");
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
