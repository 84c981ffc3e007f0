package org.ganstudio.app.singan;

import static org.ganstudio.app.common.Controls.button;
import static org.ganstudio.app.common.Controls.caption;
import static org.ganstudio.app.common.Controls.hint;
import static org.ganstudio.app.common.Controls.captionRow;
import static org.ganstudio.app.common.Controls.spacer;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.ganstudio.app.common.MessageLabel;
import org.ganstudio.app.common.ModelChoice;
import org.ganstudio.app.common.StartFolder;
import org.ganstudio.app.singan.SinganViewModel.Tool;
import org.ganstudio.engine.api.InstalledModel;
import org.ganstudio.app.common.PictureFiles;

/**
 * The SinGAN studio: the model and seed on top; the tools in tabs on the left (random samples, paint, harmonize,
 * edit, super-resolution, animation); the open tool's result on the right, large, with the training picture under
 * it; messages and long work (progress, Cancel) at the foot.
 */
public final class SinganView extends VBox {

    static final double RESULT_WIDTH = 440;
    static final double RESULT_HEIGHT = 300;

    private final SinganViewModel model;
    private final StartFolder startFolder = new StartFolder();

    public SinganView(SinganViewModel model) {
        this.model = model;
        setId("singan-view");
        getStyleClass().add("singan-view");
        setSpacing(10);
        Label title = new Label("SinGAN \u2014 a GAN learnt from one picture");
        title.setId("studio-title");
        title.getStyleClass().add("studio-title");
        TabPane tabs = tabs();
        HBox.setHgrow(tabs, Priority.ALWAYS);
        HBox main = new HBox(16, tabs, resultBoard());
        VBox.setVgrow(main, Priority.ALWAYS);
        getChildren().addAll(title, topRow(), main, footer());
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.activate();
            }
        });
    }

    // ---- the model row

    private HBox topRow() {
        SamplerSession session = model.samplerSession();
        ComboBox<InstalledModel> choice = ModelChoice.of("singan-model-choice", session.models(),
                session.selectedModelProperty(), 240);
        Button open = button("singan-open-model", "Open model\u2026", () -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("A SinGAN model or checkpoint folder");
            chooser.setInitialDirectory(startFolder.get());
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                startFolder.remember(chosen);
                session.openModelFolder(chosen.toPath());
            }
        });
        open.setTooltip(new Tooltip("A trained SinGAN: a model folder or a checkpoint folder of a run"));
        ProgressIndicator opening = new ProgressIndicator();
        opening.setId("singan-model-opening");
        opening.setPrefSize(20, 20);
        opening.visibleProperty().bind(session.openingProperty());
        opening.managedProperty().bind(opening.visibleProperty());
        Label problem = new Label();
        problem.setId("singan-model-problem");
        problem.getStyleClass().addAll("sketch-message", "error");
        problem.setWrapText(true);
        problem.setMaxWidth(360);
        problem.textProperty().bind(session.problemProperty());
        TextField seed = new TextField(String.valueOf(model.seedProperty().get()));
        seed.setId("singan-seed");
        seed.setPrefColumnCount(6);
        seed.setTooltip(new Tooltip("The seed every tool uses: type one and press Enter"));
        model.seedProperty().addListener((obs, old, now) -> seed.setText(String.valueOf(now)));
        seed.setOnAction(e -> model.useSeed(seed.getText()));
        Button newSeed = button("singan-new-seed", "New seed", model::newSeed);
        newSeed.disableProperty().bind(session.samplerProperty().isNull());
        HBox row = new HBox(8, new Label("Model"), choice, open, opening, problem, spacer(), new Label("Seed"), seed,
                newSeed);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    // ---- tabs

    private TabPane tabs() {
        TabPane tabs = new TabPane(
                tab(Tool.SAMPLES, "singan-tab-samples", "Random samples", new SamplesPane(model.samples(), model)),
                tab(Tool.PAINT, "singan-tab-paint", "Paint", new PaintPane(model.paint(), model)),
                tab(Tool.HARMONIZE, "singan-tab-harmonize", "Harmonize", new HarmonizePane(model.harmonize(), model,
                        this::chooseObject)),
                tab(Tool.EDIT, "singan-tab-edit", "Edit", new EditPane(model.edit(), model)),
                tab(Tool.ENLARGE, "singan-tab-enlarge", "Super-resolution", enlargePane()),
                tab(Tool.ANIMATION, "singan-tab-animate", "Animate", new AnimatePane(model.animation(), model,
                        this::chooseGif)));
        tabs.setId("singan-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinWidth(520);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.activeToolProperty().set((Tool) now.getUserData()));
        tabs.disableProperty().bind(model.samplerSession().samplerProperty().isNull());
        return tabs;
    }

    private static Tab tab(Tool tool, String id, String text, Node body) {
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("settings-scroll");
        Tab tab = new Tab(text, scroll);
        tab.setId(id);
        tab.setUserData(tool);
        return tab;
    }

    private VBox enlargePane() {
        Button x2 = button("singan-enlarge-2", "Super-resolve 2x", () -> model.enlarge().superResolve(2));
        Button x4 = button("singan-enlarge-4", "Super-resolve 4x", () -> model.enlarge().superResolve(4));
        x2.getStyleClass().add("accent");
        x2.disableProperty().bind(model.busyProperty());
        x4.disableProperty().bind(model.busyProperty());
        VBox box = new VBox(10, caption("Super-resolution"), hint("The training picture enlarged 2 or 4 times by the "
                + "model's finest generator, applied again at each step of the pyramid's scale factor. It takes a "
                + "few seconds; Cancel at the foot stops waiting for it."), new HBox(8, x2, x4));
        box.getStyleClass().add("tab-body");
        return box;
    }

    // ---- the result

    private VBox resultBoard() {
        ImageView result = new ImageView();
        result.setId("singan-result");
        result.setPreserveRatio(true);
        result.setFitWidth(RESULT_WIDTH);
        result.setFitHeight(RESULT_HEIGHT);
        ToggleButton before = new ToggleButton("Before");
        before.setId("singan-show-before");
        before.setTooltip(new Tooltip("Show what the model was given (the painting, the pasted object, the edit)"));
        before.disableProperty().bind(model.inputImageProperty().isNull());
        before.disableProperty().addListener((obs, old, now) -> {
            if (now) {
                before.setSelected(false);
            }
        });
        result.imageProperty().bind(Bindings.when(before.selectedProperty()).then(model.inputImageProperty())
                .otherwise(model.resultImageProperty()));
        Label empty = new Label();
        empty.setId("singan-result-hint");
        empty.getStyleClass().add("board-hint");
        empty.setWrapText(true);
        empty.setMaxWidth(RESULT_WIDTH - 40);
        SamplerSession session = model.samplerSession();
        empty.textProperty().bind(Bindings.when(session.openingProperty()).then("Opening the model\u2026")
                .otherwise(Bindings.when(session.problemProperty().isNotEmpty()).then(session.problemProperty())
                        .otherwise(Bindings.when(session.samplerProperty().isNull()).then("Choose a SinGAN model above.")
                                .otherwise("The open tool's result shows here."))));
        empty.visibleProperty().bind(model.resultImageProperty().isNull());
        StackPane board = new StackPane(empty, result);
        board.getStyleClass().add("sketch-board");
        board.setMinSize(RESULT_WIDTH + 2, RESULT_HEIGHT + 2);
        board.setMaxSize(RESULT_WIDTH + 2, RESULT_HEIGHT + 2);
        Button save = button("singan-save", "Save result\u2026", this::chooseSave);
        save.disableProperty().bind(model.resultProperty().isNull());
        save.setTooltip(new Tooltip("A PNG, with a JSON of how it was made (and the mask and input) beside it"));
        Label size = new Label();
        size.setId("singan-result-size");
        size.getStyleClass().add("hint");
        size.textProperty().bind(Bindings.createStringBinding(() -> {
            ToolResult r = model.resultProperty().get();
            return r == null ? "" : r.image().getWidth() + " x " + r.image().getHeight() + " px \u00b7 " + r.tool()
                    + " \u00b7 scale " + r.scales() + " \u00b7 seed " + r.seeds().get(0);
        }, model.resultProperty()));
        ImageView training = new ImageView();
        training.setId("singan-training");
        training.setPreserveRatio(true);
        training.setFitWidth(200);
        training.setFitHeight(130);
        training.imageProperty().bind(model.trainingProperty());
        return new VBox(6, captionRow(caption("Result"), new HBox(6, before, save)), board, size,
                caption("Training picture"), training);
    }

    // ---- footer

    private HBox footer() {
        Label message = MessageLabel.of("singan-message", model.messageProperty(), model.messageIsErrorProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        ProgressBar bar = new ProgressBar();
        bar.setId("singan-progress");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(model.progressProperty());
        Label what = new Label();
        what.getStyleClass().add("hint");
        what.textProperty().bind(model.busyTextProperty());
        Button cancel = button("singan-cancel", "Cancel", model::cancelWork);
        cancel.getStyleClass().add("small");
        HBox work = new HBox(6, what, bar, cancel);
        work.setId("singan-work");
        work.setAlignment(Pos.CENTER_RIGHT);
        work.visibleProperty().bind(model.busyProperty());
        work.managedProperty().bind(work.visibleProperty());
        HBox row = new HBox(12, message, work);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinHeight(28);
        return row;
    }

    // ---- files

    private void chooseSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the result");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        ToolResult r = model.resultProperty().get();
        chooser.setInitialFileName((r == null ? "singan" : r.modelId() + "-" + r.tool()) + ".png");
        chooser.setInitialDirectory(startFolder.get());
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen != null) {
            startFolder.remember(chosen);
            model.saveResult(chosen.toPath());
        }
    }

    private void chooseObject() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("An object to paste (a PNG with transparency, or any picture: then brush its mask)");
        chooser.getExtensionFilters().addAll(PictureFiles.openFilters());
        chooser.setInitialDirectory(startFolder.get());
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            startFolder.remember(chosen);
            model.harmonize().openObject(chosen.toPath());
        }
    }

    private void chooseGif(Consumer<Path> action) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the animation");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Animated GIF", "*.gif"));
        chooser.setInitialFileName("animation.gif");
        chooser.setInitialDirectory(startFolder.get());
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen != null) {
            startFolder.remember(chosen);
            action.accept(chosen.toPath());
        }
    }

    // ---- helpers the tool panes share






    /** The view model behind this view (for screenshots that set up state no click reaches, such as a file). */
    SinganViewModel model() {
        return model;
    }

    static HBox labelled(String text, Node... controls) {
        Label label = new Label(text);
        label.setMinWidth(110);
        HBox row = new HBox(8, label);
        row.getChildren().addAll(controls);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * A slider over the scales {@code from} to the model's last, bound both ways to {@code scale}; its value label
     * beside it.
     */
    static HBox scaleSlider(String id, String text, IntegerProperty scale, ReadOnlyIntegerProperty count, int from) {
        Slider slider = new Slider(from, Math.max(from + 1, count.get() - 1), scale.get());
        slider.setId(id);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(1);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setPrefWidth(260);
        count.addListener((obs, old, now) -> slider.setMax(Math.max(from + 1, now.intValue() - 1)));
        slider.valueProperty().addListener((obs, old, now) -> scale.set((int) Math.round(now.doubleValue())));
        scale.addListener((obs, old, now) -> slider.setValue(now.intValue()));
        Label value = new Label();
        value.setId(id + "-value");
        value.setMinWidth(24);
        value.textProperty().bind(scale.asString());
        return labelled(text, slider, value);
    }

    /** A picture shown at most {@code width} x {@code height}, its shape kept (enlarged when small). */
    static ImageView picture(String id, ObservableValue<Image> image, double width, double height) {
        ImageView view = new ImageView();
        view.setId(id);
        view.setPreserveRatio(true);
        view.setFitWidth(width);
        view.setFitHeight(height);
        view.imageProperty().bind(image);
        return view;
    }

    /** The picture pixel under a point of a {@link #picture} view: {x, y}. */
    static double[] toPicture(ImageView view, double x, double y) {
        Image image = view.getImage();
        double shownWidth = view.getBoundsInLocal().getWidth();
        double shownHeight = view.getBoundsInLocal().getHeight();
        if (image == null || shownWidth <= 0 || shownHeight <= 0) {
            return new double[] {x, y};
        }
        return new double[] {x * image.getWidth() / shownWidth, y * image.getHeight() / shownHeight};
    }
}
