package org.ganstudio.app.train;

import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.Scene;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.ganstudio.app.common.FxImages;
import org.ganstudio.app.pairs.PairBuilderView;
import org.ganstudio.engine.api.CheckpointInfo;
import org.ganstudio.engine.api.DevicePreference;
import org.ganstudio.engine.api.ModelFamily;

/** The Train panel: settings on the left, the live run on the right. */
public final class TrainView extends HBox {

    private final TrainViewModel model;
    private Stage pairBuilderStage;

    public TrainView(TrainViewModel model) {
        this.model = model;
        setId("train-view");
        getStyleClass().add("train-view");
        setSpacing(20);
        ScrollPane settings = new ScrollPane(settingsColumn());
        settings.setFitToWidth(true);
        settings.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        settings.setMinWidth(400);
        settings.setPrefWidth(420);
        settings.getStyleClass().add("settings-scroll");
        VBox run = runColumn();
        HBox.setHgrow(run, Priority.ALWAYS);
        getChildren().addAll(settings, run);
    }

    private VBox settingsColumn() {
        Label title = new Label("Train — your own model");
        title.setId("studio-title");
        title.getStyleClass().add("studio-title");

        ComboBox<ModelFamily> family = new ComboBox<>();
        family.setId("family");
        family.getItems().setAll(ModelFamily.values());
        family.setConverter(new StringConverter<>() {
            @Override
            public String toString(ModelFamily f) {
                return f == null ? "" : f.displayName() + (model.available(f) ? "" : " (coming)");
            }

            @Override
            public ModelFamily fromString(String s) {
                return null;
            }
        });
        family.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ModelFamily f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : family.getConverter().toString(f));
                setDisable(f != null && !model.available(f));
            }
        });
        family.valueProperty().bindBidirectional(model.familyProperty());
        family.setMaxWidth(Double.MAX_VALUE);
        Label familySummary = new Label();
        familySummary.getStyleClass().add("hint");
        familySummary.setWrapText(true);
        familySummary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.familyProperty().get() == null ? "" : model.familyProperty().get().summary(), model.familyProperty()));

        VBox column = new VBox(10, title, section("Model family"), family, familySummary, datasetHeading(),
                datasetRow(), sampleDatasetLink(), buildPairsLink(), datasetSummary(), previewStrip(), skippedPane(), section("Settings"), new ConfigForm(model), planLabel(),
                section("Device and output"), deviceRow(), runDirectoryRow());
        column.setPadding(new Insets(0, 12, 12, 0));
        return column;
    }

    private Label datasetHeading() {
        Label heading = section("");
        heading.setId("dataset-heading");
        heading.textProperty().bind(model.datasetHeadingProperty());
        return heading;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section");
        return label;
    }

    private HBox datasetRow() {
        TextField path = new TextField();
        path.setId("dataset-path");
        path.promptTextProperty().bind(model.datasetPromptProperty());
        path.setMinWidth(0);
        path.setPrefColumnCount(18);
        path.textProperty().bindBidirectional(model.datasetProperty());
        path.setOnAction(e -> model.scanDataset());
        path.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.scanDataset();
            }
        });
        Button browse = new Button("Browse…");
        browse.setId("dataset-browse");
        browse.setOnAction(e -> {
            File chosen;
            if (model.singlePicture(model.familyProperty().get())) {
                javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
                chooser.setTitle("Picture to train on");
                chooser.getExtensionFilters().addAll(org.ganstudio.app.common.PictureFiles.openFilters());
                chosen = chooser.showOpenDialog(getScene().getWindow());
            } else {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle("Folder of training images");
                chosen = chooser.showDialog(getScene().getWindow());
            }
            if (chosen != null) {
                model.datasetProperty().set(chosen.getPath());
                model.scanDataset();
            }
        });
        HBox.setHgrow(path, Priority.ALWAYS);
        return new HBox(8, path, browse);
    }

    private javafx.scene.Node sampleDatasetLink() {
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink();
        link.setId("use-sample-dataset");
        link.textProperty().bind(model.sampleDatasetLabelProperty());
        link.setOnAction(e -> model.useSampleDataset());
        link.managedProperty().bind(model.sampleDatasetLabelProperty().isNotEmpty());
        link.visibleProperty().bind(model.sampleDatasetLabelProperty().isNotEmpty());
        return link;
    }

    /** "Build pairs from photos…", for families that train on pairs; opens the builder in its own window. */
    private javafx.scene.Node buildPairsLink() {
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink("Build pairs from photos…");
        link.setId("open-pair-builder");
        link.setOnAction(e -> showPairBuilder());
        link.managedProperty().bind(model.canBuildPairsProperty());
        link.visibleProperty().bind(model.canBuildPairsProperty());
        return link;
    }

    private void showPairBuilder() {
        if (pairBuilderStage == null) {
            PairBuilderView view = new PairBuilderView(model.pairBuilder());
            Stage stage = new Stage();
            stage.initOwner(getScene().getWindow());
            stage.setTitle("Build pairs from photos");
            ScrollPane scroll = new ScrollPane(view);
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("settings-scroll");
            Scene scene = new Scene(scroll, 940, 780);
            scene.getStylesheets().setAll(getScene().getStylesheets());
            stage.setScene(scene);
            view.setOnUsed(stage::hide);
            pairBuilderStage = stage;
        }
        pairBuilderStage.show();
        pairBuilderStage.toFront();
    }

    private Label datasetSummary() {
        Label summary = new Label();
        summary.setId("dataset-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.scanSummaryProperty());
        return summary;
    }

    /** The plan of the run before it starts (SinGAN: its scales and the time it should take). */
    private Label planLabel() {
        Label plan = new Label();
        plan.setId("training-plan");
        plan.getStyleClass().add("hint");
        plan.setWrapText(true);
        plan.textProperty().bind(model.planTextProperty());
        plan.managedProperty().bind(model.planTextProperty().isNotEmpty());
        plan.visibleProperty().bind(plan.managedProperty());
        return plan;
    }

    private javafx.scene.layout.FlowPane previewStrip() {
        javafx.scene.layout.FlowPane strip = new javafx.scene.layout.FlowPane(6, 6);
        strip.setPrefWrapLength(360);
        strip.setId("dataset-preview");
        strip.getStyleClass().add("preview-strip");
        model.scanProperty().addListener((obs, old, scan) -> {
            strip.getChildren().clear();
            if (scan != null) {
                scan.preview().forEach(image -> {
                    ImageView view = new ImageView(FxImages.toFx(image));
                    view.setFitWidth(44);
                    view.setFitHeight(44);
                    view.setPreserveRatio(true);
                    view.setSmooth(true);
                    strip.getChildren().add(view);
                });
            }
        });
        return strip;
    }

    private TitledPane skippedPane() {
        ListView<String> skipped = new ListView<>();
        skipped.setId("dataset-skipped");
        skipped.setPrefHeight(100);
        TitledPane pane = new TitledPane("Skipped files", skipped);
        pane.setId("skipped-pane");
        pane.setExpanded(false);
        model.scanProperty().addListener((obs, old, scan) -> {
            skipped.getItems().setAll(scan == null ? java.util.List.of()
                    : scan.skipped().stream().map(f -> f.name() + " — " + f.reason()).toList());
            pane.setText("Skipped files (" + skipped.getItems().size() + ")");
            pane.setVisible(!skipped.getItems().isEmpty());
            pane.setManaged(pane.isVisible());
        });
        pane.setVisible(false);
        pane.setManaged(false);
        return pane;
    }

    private HBox deviceRow() {
        ComboBox<DevicePreference> device = new ComboBox<>();
        device.setId("device");
        device.getItems().setAll(DevicePreference.values());
        device.valueProperty().bindBidirectional(model.deviceProperty());
        Label label = new Label("Device");
        label.setMinWidth(150);
        return new HBox(10, label, device);
    }

    private HBox runDirectoryRow() {
        TextField run = new TextField();
        run.setId("run-directory");
        run.textProperty().bindBidirectional(model.runDirectoryProperty());
        Label label = new Label("Run folder");
        label.setMinWidth(150);
        HBox.setHgrow(run, Priority.ALWAYS);
        return new HBox(10, label, run);
    }

    private HBox controls() {
        Button start = button("start", "Start", model::start);
        start.getStyleClass().add("accent");
        start.disableProperty().bind(model.canStartProperty().not());
        Button pause = button("pause", "Pause", model::pause);
        pause.disableProperty().bind(model.canPauseProperty().not());
        Button resume = button("resume", "Resume", model::resume);
        resume.disableProperty().bind(model.canResumeProperty().not());
        Button cancel = button("cancel", "Cancel", model::cancel);
        cancel.disableProperty().bind(model.canCancelProperty().not());
        Label hint = new Label();
        hint.setId("start-hint");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.textProperty().bind(model.startHintProperty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox row = new HBox(8, start, pause, resume, cancel, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** "Resume last run: … (step N of M)", offered after a restart until a run starts. */
    private Button resumeLastRun() {
        Button resume = button("resume-last", "", model::resumeLastRun);
        resume.textProperty().bind(model.lastRunLabelProperty());
        resume.visibleProperty().bind(model.lastRunProperty().isNotNull().and(model.runActiveProperty().not()));
        resume.managedProperty().bind(resume.visibleProperty());
        return resume;
    }

    /** Start met a chosen folder that holds a run: resume it, train in a new folder beside it, or neither. */
    private HBox folderConflict() {
        Label text = new Label();
        text.setId("folder-conflict-text");
        text.setWrapText(true);
        text.textProperty().bind(model.folderConflictProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button resume = button("conflict-resume", "Resume it", model::resumeConflictingRun);
        Button fresh = button("conflict-new-folder", "New folder", model::startInNewFolder);
        Button dismiss = button("conflict-cancel", "Cancel", model::dismissFolderConflict);
        for (Button b : new Button[] {resume, fresh, dismiss}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, text, resume, fresh, dismiss);
        bar.setId("folder-conflict");
        bar.getStyleClass().add("run-alert");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(model.folderConflictProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private VBox runColumn() {
        HBox stats = new HBox(18, stat("step-label", model.stepTextProperty()), stat("epoch-label", model.epochTextProperty()),
                stat("speed-label", model.speedTextProperty()), stat("eta-label", model.etaTextProperty()));
        stats.setAlignment(Pos.CENTER_LEFT);
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());

        NumberAxis x = new NumberAxis();
        x.setLabel("step");
        x.setForceZeroInRange(false);
        StepAxis.follow(x, model.lossSeries());
        NumberAxis y = new NumberAxis();
        y.setLabel("loss");
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y, model.lossSeries());
        chart.setId("loss-chart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setTitle("Losses");
        chart.setMinSize(300, 260);
        HBox.setHgrow(chart, Priority.ALWAYS);

        ImageView sample = new ImageView();
        sample.setId("sample-view");
        sample.imageProperty().bind(model.sampleProperty());
        sample.setPreserveRatio(true);
        sample.setSmooth(false); // show the generator's pixels as they are
        sample.setFitWidth(300);
        sample.setFitHeight(300);
        Label noSample = new Label("Samples appear here while training.");
        noSample.getStyleClass().add("hint");
        noSample.visibleProperty().bind(model.sampleProperty().isNull());
        StackPane samplePane = new StackPane(noSample, sample);
        samplePane.getStyleClass().add("sample-pane");
        samplePane.setMinSize(310, 310);
        Label caption = new Label();
        caption.setId("sample-caption");
        caption.getStyleClass().add("hint");
        caption.textProperty().bind(model.sampleCaptionProperty());
        VBox sampleColumn = new VBox(4, samplePane, caption);
        sampleColumn.setAlignment(Pos.TOP_CENTER);
        HBox live = new HBox(16, chart, sampleColumn);
        VBox.setVgrow(live, Priority.ALWAYS);

        Label message = new Label();
        message.setId("message");
        message.setWrapText(true);
        message.getStyleClass().add("message");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.alertProperty().isEmpty()); // the alert says it already, in full
        message.managedProperty().bind(message.visibleProperty());

        VBox column = new VBox(12, controls(), resumeLastRun(), folderConflict(), stats, progress, runAlert(), live, message,
                section("Checkpoints"),
                checkpointPane());
        column.setMinWidth(560);
        return column;
    }

    /** Shown when a run stops on a problem: what happened, and a way back to the last good checkpoint. */
    private HBox runAlert() {
        Label text = new Label();
        text.setId("run-alert-text");
        text.getStyleClass().add("run-alert-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE); // wrap onto more lines instead of cutting the message short
        text.textProperty().bind(model.alertProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button resume = button("resume-last-good", "", model::resumeFromLastGood);
        resume.textProperty().bind(model.resumeFromLastGoodLabelProperty());
        resume.setMinWidth(Region.USE_PREF_SIZE);
        resume.visibleProperty().bind(model.canResumeFromLastGoodProperty());
        resume.managedProperty().bind(resume.visibleProperty());
        HBox alert = new HBox(12, text, resume);
        alert.setId("run-alert");
        alert.getStyleClass().add("run-alert");
        alert.setAlignment(Pos.CENTER_LEFT);
        alert.visibleProperty().bind(model.alertProperty().isNotEmpty());
        alert.managedProperty().bind(alert.visibleProperty());
        return alert;
    }

    /** The run folder's name for a checkpoint at run/checkpoints/step-N, else the folder's own name. */
    private static String runName(CheckpointInfo c) {
        java.nio.file.Path checkpoints = c.directory().getParent();
        java.nio.file.Path run = checkpoints == null ? null : checkpoints.getParent();
        return run != null && checkpoints.getFileName().toString().equals("checkpoints") ? run.getFileName().toString()
                : c.directory().getFileName().toString();
    }

    private static Label stat(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("stat");
        label.textProperty().bind(text);
        return label;
    }

    private VBox checkpointPane() {
        ListView<CheckpointInfo> list = new ListView<>(model.checkpoints());
        list.setId("checkpoint-list");
        list.setPrefHeight(130);
        list.setPlaceholder(new Label("Checkpoints of the run folder appear here."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CheckpointInfo c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : String.format("%s · step %d of %d · %s", c.family().displayName(),
                        c.step(), c.totalSteps(), runName(c)));
            }
        });
        Button resume = button("resume-selected", "Resume from selected",
                () -> model.resumeFrom(list.getSelectionModel().getSelectedItem()));
        resume.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull().or(model.runActiveProperty()));
        Button copy = button("copy-path", "Copy folder path", () -> {
            CheckpointInfo chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                ClipboardContent content = new ClipboardContent();
                content.putString(chosen.directory().toString());
                Clipboard.getSystemClipboard().setContent(content);
                model.messageProperty().set("Copied " + chosen.directory());
            }
        });
        copy.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button refresh = button("refresh-checkpoints", "Refresh", model::refreshCheckpoints);
        return new VBox(6, list, new HBox(8, resume, copy, refresh));
    }
}
