package org.ganstudio.app.train;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;
import javafx.scene.image.Image;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.common.CoalescedUpdates;
import org.ganstudio.app.common.FxImages;
import org.ganstudio.app.pairs.PairBuilderViewModel;
import org.ganstudio.engine.api.CheckpointInfo;
import org.ganstudio.engine.api.DatasetScan;
import org.ganstudio.engine.api.DevicePreference;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingHandle;
import org.ganstudio.engine.api.TrainingRequest;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;

/**
 * State and actions of the Train panel. Engine calls run in the background; training snapshots arrive on the
 * training thread, only the latest is kept, and it is applied on the UI thread at most once per UI turn.
 */
public final class TrainViewModel {

    static final int MAX_CHART_POINTS = 2000;
    private static final DateTimeFormatter RUN_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final StudioEngine engine;
    private final BackgroundTasks tasks;
    private final ObjectProperty<ModelFamily> family = new SimpleObjectProperty<>(ModelFamily.DCGAN);
    private final ObservableList<FieldModel> fields = FXCollections.observableArrayList();
    private final StringProperty dataset = new SimpleStringProperty("");
    private final StringProperty sampleLabel = new SimpleStringProperty("");
    private final ObjectProperty<DatasetScan> scan = new SimpleObjectProperty<>();
    private final StringProperty scanSummary = new SimpleStringProperty(emptyDatasetHint(ModelFamily.DCGAN));
    private final ObjectProperty<DevicePreference> device = new SimpleObjectProperty<>(DevicePreference.AUTO);
    private final StringProperty runDirectory = new SimpleStringProperty("");
    private final ObjectProperty<TrainingState> state = new SimpleObjectProperty<>();
    private final BooleanProperty starting = new SimpleBooleanProperty();
    private final StringProperty stepText = new SimpleStringProperty("Step –");
    private final StringProperty epochText = new SimpleStringProperty("Epoch –");
    private final StringProperty speedText = new SimpleStringProperty("– img/s");
    private final StringProperty etaText = new SimpleStringProperty("ETA –");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper alert = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> lastGoodCheckpoint = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Image> sample = new SimpleObjectProperty<>();
    private final ObservableList<XYChart.Series<Number, Number>> lossSeries = FXCollections.observableArrayList();
    private final Map<String, XYChart.Series<Number, Number>> seriesByName = new LinkedHashMap<>();
    private final ObservableList<CheckpointInfo> checkpoints = FXCollections.observableArrayList();
    private final CoalescedUpdates<TrainingSnapshot> snapshots;
    private final javafx.beans.property.IntegerProperty formRevision = new javafx.beans.property.SimpleIntegerProperty();
    private final BooleanBinding formValid =
            Bindings.createBooleanBinding(() -> fields.stream().allMatch(FieldModel::valid), fields, formRevision);
    private volatile TrainingHandle handle;
    private PairBuilderViewModel pairBuilder;
    private BufferedImage shownSample;

    public TrainViewModel(StudioEngine engine, BackgroundTasks tasks) {
        this.engine = engine;
        this.tasks = tasks;
        this.snapshots = new CoalescedUpdates<>(tasks::onUi, this::applyLatest, TrainViewModel::keep);
        loadFields(family.get());
        runDirectory.set(defaultRunDirectory(family.get()).toString());
        sampleLabel.set(sampleLabelFor(family.get()));
        family.addListener((obs, old, now) -> {
            loadFields(now);
            sampleLabel.set(sampleLabelFor(now));
            renameDefaultRunDirectory(old, now);
            scanDataset(); // a folder reads differently as images or as pairs
        });
    }

    /** What the dataset section is called: paired families train on pairs. */
    public javafx.beans.binding.StringBinding datasetHeadingProperty() {
        return Bindings.createStringBinding(() -> paired(family.get()) ? "Training pairs" : "Training images", family);
    }

    /** The hint in the empty dataset field. */
    public javafx.beans.binding.StringBinding datasetPromptProperty() {
        return Bindings.createStringBinding(() -> paired(family.get()) ? "Folder of side-by-side pairs (train/, val/)"
                : "Folder of PNG, JPEG, BMP or GIF images", family);
    }

    /** What the live preview shows, in words. */
    public javafx.beans.binding.StringBinding sampleCaptionProperty() {
        return Bindings.createStringBinding(() -> paired(family.get()) ? "Held-out pairs: input · output · target"
                : "Samples from fixed latent vectors", family);
    }

    private static boolean paired(ModelFamily chosen) {
        return chosen != null && chosen.trainsOnPairs();
    }

    static String emptyDatasetHint(ModelFamily chosen) {
        return paired(chosen)
                ? "Choose a folder of side-by-side pairs (input on the left, target on the right), in train/ and val/."
                : "Choose a folder of images.";
    }

    private static String sampleLabelFor(ModelFamily chosen) {
        return SampleDatasets.of(chosen).map(SampleDatasets::label).orElse("");
    }

    private void loadFields(ModelFamily chosen) {
        fields.setAll(engine.configFields(chosen).stream().map(FieldModel::new).toList());
        fields.forEach(f -> f.problemProperty().addListener((obs, old, now) -> formRevision.set(formRevision.get() + 1)));
    }

    /** A run folder the person has not chosen themselves follows the family ("dcgan-…" becomes "pix2pix-…"). */
    private void renameDefaultRunDirectory(ModelFamily old, ModelFamily now) {
        Path current = Path.of(runDirectory.get().trim());
        String oldPrefix = old.name().toLowerCase(Locale.ROOT) + "-";
        Path name = current.getFileName();
        if (name != null && name.toString().startsWith(oldPrefix)
                && current.getParent() != null && current.getParent().equals(defaultRunDirectory(old).getParent())) {
            String stamp = name.toString().substring(oldPrefix.length());
            runDirectory.set(current.resolveSibling(now.name().toLowerCase(Locale.ROOT) + "-" + stamp).toString());
        }
    }

    static Path defaultRunDirectory(ModelFamily family) {
        return Path.of(System.getProperty("user.home"), "GANStudio", "runs",
                family.name().toLowerCase(Locale.ROOT) + "-" + LocalDateTime.now().format(RUN_NAME));
    }

    /** The link text of the chosen family's sample data; empty when it has none. */
    public StringProperty sampleDatasetLabelProperty() {
        return sampleLabel;
    }

    /** Points the form at the chosen family's sample data, with the settings that fit it. */
    public void useSampleDataset() {
        SampleDatasets.of(family.get()).ifPresent(sample -> {
            dataset.set(sample.path().toString());
            sample.settings().forEach(this::setField);
            scanDataset();
        });
    }

    private void setField(String key, String value) {
        fields.stream().filter(f -> f.field().key().equals(key)).findFirst().ifPresent(f -> f.valueProperty().set(value));
    }

    /** True when the chosen family trains on pairs that "Build pairs from photos" can make. */
    public BooleanBinding canBuildPairsProperty() {
        return Bindings.createBooleanBinding(() -> paired(family.get()), family);
    }

    /** The pair builder, made on first use; its "Use these pairs" fills in the dataset and scans it. */
    public PairBuilderViewModel pairBuilder() {
        if (pairBuilder == null) {
            pairBuilder = new PairBuilderViewModel(engine, this::usePairs);
        }
        return pairBuilder;
    }

    /** Trains on a folder of pairs: puts it in the dataset field and looks through it. */
    public void usePairs(Path folder) {
        dataset.set(folder.toString());
        scanDataset();
    }

    /** Looks through the dataset folder in the background. */
    public void scanDataset() {
        String folder = dataset.get() == null ? "" : dataset.get().trim();
        if (folder.isEmpty()) {
            scan.set(null);
            scanSummary.set(emptyDatasetHint(family.get()));
            return;
        }
        scanSummary.set("Looking through " + folder + " …");
        ModelFamily chosen = family.get();
        tasks.run(() -> engine.scanDataset(Path.of(folder), chosen), result -> {
            scan.set(result);
            scanSummary.set(summary(result));
        }, error -> {
            scan.set(null);
            scanSummary.set(error);
        });
    }

    static String summary(DatasetScan scan) {
        String usable = scan.paired()
                ? scan.usable() + (scan.usable() == 1 ? " training pair, " : " training pairs, ") + scan.validationPairs()
                        + " for validation"
                : scan.usable() + (scan.usable() == 1 ? " usable image" : " usable images");
        if (scan.skipped().isEmpty()) {
            return usable + ".";
        }
        return usable + ", " + scan.skipped().size() + " skipped.";
    }

    /** True when the form can start a run now. */
    public BooleanBinding canStartProperty() {
        return Bindings.createBooleanBinding(() -> formValid.get() && scan.get() != null && scan.get().usable() > 0
                && !starting.get() && (state.get() == null || state.get().isTerminal()), formValid, scan, state, starting);
    }

    /** True while a run is starting or has not ended. */
    public BooleanBinding runActiveProperty() {
        return Bindings.createBooleanBinding(() -> starting.get() || state.get() != null && !state.get().isTerminal(),
                starting, state);
    }

    public BooleanBinding canPauseProperty() {
        return Bindings.createBooleanBinding(() -> state.get() == TrainingState.RUNNING, state);
    }

    public BooleanBinding canResumeProperty() {
        return Bindings.createBooleanBinding(() -> state.get() == TrainingState.PAUSED, state);
    }

    public BooleanBinding canCancelProperty() {
        return Bindings.createBooleanBinding(() -> state.get() != null && !state.get().isTerminal(), state);
    }

    /**
     * True when the run has stopped on a problem (diverged or failed) and there is a good checkpoint to go back to.
     */
    public BooleanBinding canResumeFromLastGoodProperty() {
        return Bindings.createBooleanBinding(() -> stoppedOnAProblem(state.get()) && lastGoodCheckpoint.get() != null
                && !starting.get(), state, lastGoodCheckpoint, starting);
    }

    private static boolean stoppedOnAProblem(TrainingState s) {
        return s == TrainingState.DIVERGED || s == TrainingState.FAILED;
    }

    /** The text of the button that goes back to the last good checkpoint, e.g. "Resume from step-00000500". */
    public StringBinding resumeFromLastGoodLabelProperty() {
        return Bindings.createStringBinding(() -> lastGoodCheckpoint.get() == null ? "Resume"
                : "Resume from " + lastGoodCheckpoint.get().getFileName(), lastGoodCheckpoint);
    }

    /** Starts a new run with the form's values. */
    public void start() {
        Map<String, String> settings = new LinkedHashMap<>();
        fields.forEach(f -> settings.put(f.field().key(), f.valueProperty().get()));
        Path run = Path.of(runDirectory.get().trim());
        TrainingRequest request = new TrainingRequest(family.get(), Path.of(dataset.get().trim()), run, settings, device.get());
        clearRun();
        starting.set(true);
        message.set("Starting…");
        tasks.run(() -> engine.startTraining(request, this::onSnapshot), started -> {
            handle = started;
            starting.set(false);
        }, error -> {
            starting.set(false);
            message.set(error);
        });
    }

    /** Continues the run a checkpoint belongs to. */
    public void resumeFrom(CheckpointInfo checkpoint) {
        if (checkpoint == null) {
            return;
        }
        clearRun();
        checkpoint.history().forEach(sample -> addLosses(sample.step(), sample.losses()));
        resume(checkpoint.directory(), "Resuming from step " + checkpoint.step() + "…");
    }

    /**
     * After a run that diverged or failed: continues from its last good checkpoint, exactly as choosing that
     * checkpoint in the list and "Resume from selected" would (the chart restarts from its saved history).
     */
    public void resumeFromLastGood() {
        Path checkpoint = lastGoodCheckpoint.get();
        if (checkpoint == null) {
            return;
        }
        starting.set(true);
        tasks.run(() -> engine.listCheckpoints(checkpoint).stream().filter(c -> c.directory().equals(checkpoint))
                .findFirst().orElseThrow(() -> new StudioException("The checkpoint " + checkpoint + " is no longer there.")),
                this::resumeFrom, error -> {
                    starting.set(false);
                    message.set(error);
                });
    }

    private void resume(Path checkpoint, String note) {
        starting.set(true);
        message.set(note);
        tasks.run(() -> engine.resumeTraining(checkpoint, this::onSnapshot), started -> {
            handle = started;
            runDirectory.set(started.runDirectory().toString());
            starting.set(false);
        }, error -> {
            starting.set(false);
            message.set(error);
        });
    }

    public void pause() {
        if (handle != null) {
            handle.pause();
        }
    }

    public void resume() {
        if (handle != null) {
            handle.resume();
        }
    }

    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
    }

    /** Called when the window closes: a running job is cancelled, which checkpoints it first. */
    public void shutdown() {
        if (pairBuilder != null) {
            pairBuilder.shutdown();
        }
        TrainingHandle running = handle;
        if (running != null && !running.state().isTerminal()) {
            running.cancel();
            running.completion().join();
        }
    }

    /** Lists checkpoints of the current run folder, or of the folder that holds runs. */
    public void refreshCheckpoints() {
        Path run = Path.of(runDirectory.get().trim());
        Path where = run.getParent() != null && !java.nio.file.Files.isDirectory(run) ? run.getParent() : run;
        tasks.run(() -> engine.listCheckpoints(where), checkpoints::setAll, message::set);
    }

    private void clearRun() {
        snapshots.clear();
        seriesByName.clear();
        lossSeries.clear();
        sample.set(null);
        shownSample = null;
        progress.set(0);
        state.set(null);
        alert.set("");
        lastGoodCheckpoint.set(null);
    }

    /** Training thread: keep the newest snapshot and make sure one UI update is queued. */
    private void onSnapshot(TrainingSnapshot snapshot) {
        snapshots.offer(snapshot);
    }

    /** Nothing replaces a final state that is still waiting to be shown. */
    private static TrainingSnapshot keep(TrainingSnapshot waiting, TrainingSnapshot offered) {
        return waiting != null && waiting.state() != offered.state() && waiting.state().isTerminal() ? waiting : offered;
    }

    private void applyLatest(TrainingSnapshot s) {
        state.set(s.state());
        stepText.set("Step " + s.step() + " / " + s.totalSteps());
        epochText.set("Epoch " + s.epoch());
        speedText.set(String.format(Locale.ROOT, "%.1f img/s", s.imagesPerSecond()));
        etaText.set("ETA " + formatEta(s.eta()));
        progress.set(s.totalSteps() == 0 ? 0 : (double) s.step() / s.totalSteps());
        if (!s.message().isEmpty()) {
            message.set(s.message());
        }
        if (s.lastGoodCheckpoint() != null) {
            lastGoodCheckpoint.set(s.lastGoodCheckpoint());
        }
        alert.set(stoppedOnAProblem(s.state()) ? s.message() : "");
        boolean trustedGrid = s.state() != TrainingState.DIVERGED; // keep the last good grid, never a non-finite one
        if (trustedGrid && s.sampleGrid() != null && s.sampleGrid() != shownSample) {
            shownSample = s.sampleGrid();
            sample.set(FxImages.toFx(s.sampleGrid()));
        }
        addLosses(s);
        if (s.state().isTerminal() || s.message().startsWith("Checkpoint")) {
            refreshCheckpoints();
        }
    }

    private void addLosses(TrainingSnapshot s) {
        if (s.state() == TrainingState.RUNNING || s.state() == TrainingState.COMPLETED) {
            addLosses(s.step(), s.losses());
        }
    }

    /** Adds one point per finite loss: a NaN or an infinity would break the chart's axis. */
    private void addLosses(long step, Map<String, Double> losses) {
        losses.forEach((name, value) -> {
            if (value == null || !Double.isFinite(value)) {
                return;
            }
            XYChart.Series<Number, Number> series = seriesByName.computeIfAbsent(name, n -> {
                XYChart.Series<Number, Number> created = new XYChart.Series<>();
                created.setName(n);
                lossSeries.add(created);
                return created;
            });
            ObservableList<XYChart.Data<Number, Number>> data = series.getData();
            if (!data.isEmpty() && data.get(data.size() - 1).getXValue().longValue() >= step) {
                return;
            }
            data.add(new XYChart.Data<>(step, value));
            if (data.size() > MAX_CHART_POINTS) {
                thinOut(data);
            }
        });
    }

    /** Keeps every other point, so long runs stay light to draw. */
    private static void thinOut(ObservableList<XYChart.Data<Number, Number>> data) {
        List<XYChart.Data<Number, Number>> kept = new java.util.ArrayList<>();
        for (int i = 0; i < data.size(); i += 2) {
            kept.add(data.get(i));
        }
        data.setAll(kept);
    }

    static String formatEta(Duration eta) {
        long seconds = eta.toSeconds();
        if (seconds <= 0) {
            return "–";
        }
        return seconds >= 3600 ? String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds / 60 % 60)
                : String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
    }

    public ObjectProperty<ModelFamily> familyProperty() {
        return family;
    }

    public ObservableList<FieldModel> fields() {
        return fields;
    }

    public StringProperty datasetProperty() {
        return dataset;
    }

    public ObjectProperty<DatasetScan> scanProperty() {
        return scan;
    }

    public StringProperty scanSummaryProperty() {
        return scanSummary;
    }

    public ObjectProperty<DevicePreference> deviceProperty() {
        return device;
    }

    public StringProperty runDirectoryProperty() {
        return runDirectory;
    }

    public ObjectProperty<TrainingState> stateProperty() {
        return state;
    }

    public StringProperty stepTextProperty() {
        return stepText;
    }

    public StringProperty epochTextProperty() {
        return epochText;
    }

    public StringProperty speedTextProperty() {
        return speedText;
    }

    public StringProperty etaTextProperty() {
        return etaText;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The problem that stopped the run (it diverged or failed), shown prominently; empty otherwise. */
    public ReadOnlyStringProperty alertProperty() {
        return alert.getReadOnlyProperty();
    }

    /** The newest checkpoint of the run known to hold finite weights, or null. */
    public ReadOnlyObjectProperty<Path> lastGoodCheckpointProperty() {
        return lastGoodCheckpoint.getReadOnlyProperty();
    }

    public ObjectProperty<Image> sampleProperty() {
        return sample;
    }

    public ObservableList<XYChart.Series<Number, Number>> lossSeries() {
        return lossSeries;
    }

    public ObservableList<CheckpointInfo> checkpoints() {
        return checkpoints;
    }
}
