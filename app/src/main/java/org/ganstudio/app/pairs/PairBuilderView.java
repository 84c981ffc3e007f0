package org.ganstudio.app.pairs;

import java.io.File;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;
import org.ganstudio.engine.api.EdgeMethod;
import org.ganstudio.engine.api.ImageFiles;
import org.ganstudio.engine.api.PairInputKind;

/**
 * "Build pairs from photos": the folders and size on top, the edge settings beside a live preview of one photo,
 * then Build, Cancel, progress, the result and the skipped files.
 */
public final class PairBuilderView extends VBox {

    private static final double LABEL_WIDTH = 120;
    private static final double PREVIEW_SIDE = 220;

    private final PairBuilderViewModel model;
    private Runnable onUsed = () -> {};

    public PairBuilderView(PairBuilderViewModel model) {
        this.model = model;
        setId("pair-builder-view");
        getStyleClass().add("pair-builder-view");
        setSpacing(10);
        setPadding(new Insets(16));
        Label title = new Label("Build pairs from photos");
        title.getStyleClass().add("studio-title");
        Label intro = new Label("Each photo is cropped to a square and written beside its input: its edges (for "
                + "sketch-to-photo models) or its grey version (for colourisation). A share of the pairs, chosen by "
                + "file name, is held out in val/ for validation.");
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);
        HBox middle = new HBox(20, settingsColumn(), previewColumn());
        getChildren().addAll(title, intro, folderRow("Photos", "pairs-photos", model.photosProperty(), true),
                folderMessage(), folderRow("Pairs go to", "pairs-output", model.outputProperty(), false), sizeRow(),
                middle, buildRow(), resultLine(), skippedList(), useRow());
    }

    /** Runs after "Use these pairs" handed the folder over (the Train panel closes the window). */
    public void setOnUsed(Runnable action) {
        onUsed = action == null ? () -> {} : action;
    }

    private HBox folderRow(String text, String id, StringProperty value, boolean photos) {
        TextField path = new TextField();
        path.setId(id);
        path.setPromptText(photos ? "Folder of plain photos (" + ImageFiles.describe() + ")" : "Where train/ and val/ go");
        path.textProperty().bindBidirectional(value);
        if (photos) {
            path.setOnAction(e -> model.loadFolder());
            path.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    model.loadFolder();
                }
            });
        }
        Button browse = new Button("Browse…");
        browse.setId(id + "-browse");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(photos ? "Folder of photos" : "Folder for the pairs");
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                value.set(chosen.getPath());
                if (photos) {
                    model.loadFolder();
                }
            }
        });
        HBox.setHgrow(path, Priority.ALWAYS);
        HBox row = new HBox(8, label(text), path, browse);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(model.busyProperty());
        return row;
    }

    private Label folderMessage() {
        Label message = new Label();
        message.setId("pairs-folder-message");
        message.getStyleClass().add("hint");
        message.setWrapText(true);
        message.setPadding(new Insets(0, 0, 0, LABEL_WIDTH + 8));
        message.textProperty().bind(model.folderMessageProperty());
        return message;
    }

    private HBox sizeRow() {
        ComboBox<Integer> size = new ComboBox<>();
        size.setId("pairs-size");
        size.getItems().setAll(PairBuilderViewModel.SIDES);
        size.valueProperty().bindBidirectional(model.sideProperty());
        size.setConverter(converter(side -> side + " px"));
        ComboBox<PairInputKind> input = new ComboBox<>();
        input.setId("pairs-input");
        input.getItems().setAll(PairInputKind.values());
        input.valueProperty().bindBidirectional(model.inputProperty());
        input.setConverter(converter(PairInputKind::displayName));
        Label inputLabel = new Label("Input");
        ComboBox<Integer> heldOut = new ComboBox<>();
        heldOut.setId("pairs-held-out");
        heldOut.getItems().setAll(PairBuilderViewModel.HELD_OUT_PERCENTS);
        heldOut.valueProperty().bindBidirectional(model.heldOutPercentProperty());
        heldOut.setConverter(converter(percent -> percent + " %"));
        HBox row = new HBox(8, label("Size"), size, spacer(16), inputLabel, input, spacer(16), new Label("Held out"),
                heldOut);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(model.busyProperty());
        return row;
    }

    private VBox settingsColumn() {
        ComboBox<EdgeMethod> method = new ComboBox<>();
        method.setId("pairs-method");
        method.getItems().setAll(EdgeMethod.values());
        method.valueProperty().bindBidirectional(model.methodProperty());
        method.setConverter(converter(EdgeMethod::displayName));
        HBox methodRow = new HBox(8, label("Method"), method);
        methodRow.setAlignment(Pos.CENTER_LEFT);

        ObservableBooleanValue canny = model.methodProperty().isEqualTo(EdgeMethod.CANNY);
        ObservableBooleanValue xdog = model.methodProperty().isEqualTo(EdgeMethod.XDOG);
        CheckBox thin = new CheckBox("Thin lines to one pixel");
        thin.setId("pairs-thin");
        thin.selectedProperty().bindBidirectional(model.thinProperty());
        thin.setPadding(new Insets(0, 0, 0, LABEL_WIDTH + 8));

        VBox edges = new VBox(8, methodRow,
                slider("Sigma", "pairs-sigma", model.sigmaProperty(), 0.3, 5, "%.2f", null),
                slider("Low threshold", "pairs-low", model.lowThresholdProperty(), 0.01, 0.6, "%.2f", canny),
                slider("High threshold", "pairs-high", model.highThresholdProperty(), 0.01, 0.8, "%.2f", canny),
                slider("Tau", "pairs-tau", model.tauProperty(), 0.9, 0.999, "%.3f", xdog),
                slider("Epsilon", "pairs-epsilon", model.epsilonProperty(), -0.05, 0.1, "%.3f", xdog),
                slider("Phi", "pairs-phi", model.phiProperty(), 10, 500, "%.0f", xdog),
                thin,
                slider("Remove specks", "pairs-speck", model.speckPixelsProperty(), 0, 64, "%.0f px", null));
        edges.setId("pairs-edge-settings");
        ObservableBooleanValue edgeInput = model.inputProperty().isEqualTo(PairInputKind.EDGES);
        edges.visibleProperty().bind(edgeInput);
        edges.managedProperty().bind(edgeInput);
        Label grey = new Label("Grey inputs need no settings: the left half is the photo in grey, the right half "
                + "the photo in colour.");
        grey.setId("pairs-grey-hint");
        grey.getStyleClass().add("hint");
        grey.setWrapText(true);
        grey.visibleProperty().bind(edges.visibleProperty().not());
        grey.managedProperty().bind(grey.visibleProperty());
        VBox column = new VBox(8, section("Input settings"), edges, grey);
        column.setMinWidth(380);
        column.setPrefWidth(400);
        column.disableProperty().bind(model.busyProperty());
        return column;
    }

    /** A labelled slider with its value; shown only while {@code shown} is true (always when null). */
    private HBox slider(String text, String id, DoubleProperty value, double min, double max, String format,
            ObservableBooleanValue shown) {
        Slider slider = new Slider(min, max, value.get());
        slider.setId(id);
        slider.valueProperty().bindBidirectional(value);
        Label shownValue = new Label();
        shownValue.setId(id + "-value");
        shownValue.setMinWidth(56);
        shownValue.textProperty().bind(Bindings.format(java.util.Locale.ROOT, format, value));
        HBox.setHgrow(slider, Priority.ALWAYS);
        HBox row = new HBox(8, label(text), slider, shownValue);
        row.setAlignment(Pos.CENTER_LEFT);
        if (shown != null) {
            row.visibleProperty().bind(shown);
            row.managedProperty().bind(shown);
        }
        return row;
    }

    private VBox previewColumn() {
        HBox images = new HBox(10, previewImage("pairs-preview-input", model.previewInputProperty(), "Input"),
                previewImage("pairs-preview-photo", model.previewPhotoProperty(), "Photo"));
        Label name = new Label();
        name.setId("pairs-photo-name");
        name.textProperty().bind(model.photoNameProperty());
        Button next = new Button("Next photo");
        next.setId("pairs-next-photo");
        next.setOnAction(e -> model.nextPhoto());
        next.disableProperty().bind(Bindings.size(model.photoFiles()).lessThan(2));
        HBox nameRow = new HBox(10, name, spacer(0), next);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(nameRow.getChildren().get(1), Priority.ALWAYS);
        Label message = new Label();
        message.setId("pairs-preview-message");
        message.getStyleClass().add("field-problem");
        message.setWrapText(true);
        message.textProperty().bind(model.previewMessageProperty());
        VBox column = new VBox(8, section("Preview: one pair as it will be written"), images, nameRow, message);
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private static StackPane previewImage(String id, ObservableValue<Image> image, String caption) {
        ImageView view = new ImageView();
        view.setId(id);
        view.imageProperty().bind(image);
        view.setFitWidth(PREVIEW_SIDE);
        view.setFitHeight(PREVIEW_SIDE);
        view.setPreserveRatio(true);
        view.setSmooth(false); // the pixels as they will be written
        Label empty = new Label(caption);
        empty.getStyleClass().add("hint");
        empty.visibleProperty().bind(view.imageProperty().isNull());
        StackPane pane = new StackPane(empty, view);
        pane.getStyleClass().add("sample-pane");
        pane.setMinSize(PREVIEW_SIDE + 4, PREVIEW_SIDE + 4);
        pane.setMaxSize(PREVIEW_SIDE + 4, PREVIEW_SIDE + 4);
        return pane;
    }

    private HBox buildRow() {
        Button build = new Button("Build pairs");
        build.setId("build-pairs");
        build.getStyleClass().add("accent");
        build.setOnAction(e -> model.build());
        build.disableProperty().bind(model.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("pairs-cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.canCancelProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.setId("pairs-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label text = new Label();
        text.setId("pairs-progress-text");
        text.setMinWidth(220);
        text.textProperty().bind(model.progressTextProperty());
        HBox row = new HBox(10, build, cancel, progress, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(8, 0, 0, 0));
        return row;
    }

    private Label resultLine() {
        Label result = new Label();
        result.setId("pairs-result");
        result.setWrapText(true);
        result.getStyleClass().add("message");
        result.textProperty().bind(model.resultProperty());
        return result;
    }

    private ListView<String> skippedList() {
        ListView<String> skipped = new ListView<>(model.skippedFiles());
        skipped.setId("pairs-skipped");
        skipped.setPrefHeight(90);
        skipped.visibleProperty().bind(Bindings.isNotEmpty(model.skippedFiles()));
        skipped.managedProperty().bind(skipped.visibleProperty());
        return skipped;
    }

    private HBox useRow() {
        Button use = new Button("Use these pairs");
        use.setId("pairs-use");
        use.setOnAction(e -> {
            model.usePairs();
            onUsed.run();
        });
        use.disableProperty().bind(model.canUseProperty().not());
        Label hint = new Label("Puts the folder into the Train panel's training pairs.");
        hint.getStyleClass().add("hint");
        HBox row = new HBox(10, use, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(LABEL_WIDTH);
        label.setPrefWidth(LABEL_WIDTH);
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section");
        return label;
    }

    private static Node spacer(double width) {
        javafx.scene.layout.Region region = new javafx.scene.layout.Region();
        region.setMinWidth(width);
        return region;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
