package org.ganstudio.app.train;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
import org.ganstudio.app.common.LatestOnlyRunner;
import org.ganstudio.app.pairs.PairBuilderViewModel;
import org.ganstudio.engine.api.CheckpointInfo;
import org.ganstudio.engine.api.DatasetScan;
import org.ganstudio.engine.api.DevicePreference;
import org.ganstudio.engine.api.ImageFiles;
import org.ganstudio.engine.api.DataKind;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingHandle;
import org.ganstudio.engine.api.TrainingPlan;
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
    private static final Pattern GENERATED = Pattern.compile("[a-z0-9]+-\\d{8}-\\d{6}(-\\d+)?");

    private final StudioEngine engine;
    private final BackgroundTasks tasks;
    private final ObjectProperty<ModelFamily> family = new SimpleObjectProperty<>(ModelFamily.DCGAN);
    private final ObservableList<FieldModel> fields = FXCollections.observableArrayList();
    private final StringProperty dataset = new SimpleStringProperty("");
    private final StringProperty sampleLabel = new SimpleStringProperty("");
    private final ObjectProperty<DatasetScan> scan = new SimpleObjectProperty<>();
    private final StringProperty scanSummary = new SimpleStringProperty("Choose a folder of images.");
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
    private final BooleanProperty scanning = new SimpleBooleanProperty();
    private final LatestOnlyRunner<ScanAnswer> scans;
    private long scansAsked; // UI thread only
    private final LatestOnlyRunner<TrainingHandle> launches;
    private final LatestOnlyRunner<String> plans;
    private final StringProperty planText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper folderConflict = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CheckpointInfo> lastRun = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ModelFamily> shownFamily = new SimpleObjectProperty<>();
    private final RecentRuns recentRuns;
    private volatile TrainingHandle handle;
    private PairBuilderViewModel pairBuilder;
    private BufferedImage shownSample;
    private String lastScanAsked = "";

    public TrainViewModel(StudioEngine engine, BackgroundTasks tasks) {
        this(engine, tasks, RecentRuns.inMemory());
    }

    /** A panel that remembers its runs in {@code recentRuns} and offers the last one again. */
    public TrainViewModel(StudioEngine engine, BackgroundTasks tasks, RecentRuns recentRuns) {
        this.engine = engine;
        this.tasks = tasks;
        this.recentRuns = recentRuns;
        this.snapshots = new CoalescedUpdates<>(tasks::onUi, this::applyLatest, TrainViewModel::keep);
        this.scans = tasks.latestOnly("studio-dataset-scan", this::scanned, this::scanFailed);
        // (a scan's own failure comes back as an answer; scanFailed hears only of the runner's)
        // its own thread: a click on Start never waits behind the engine's first start or a long listing
        this.launches = tasks.latestOnly("studio-training-start", this::launched, this::launchFailed);
        this.plans = tasks.latestOnly("studio-training-plan", planText::set, error -> planText.set("No estimate: " + error));
        loadFields(family.get());
        runDirectory.set(defaultRunDirectory(family.get()).toString());
        sampleLabel.set(sampleLabelFor(family.get()));
        family.addListener((obs, old, now) -> {
            loadFields(now);
            sampleLabel.set(sampleLabelFor(now));
            renameDefaultRunDirectory(old, now);
            if (!runActiveProperty().get() && shownFamily.get() != now) {
                clearRun(); // no grid or chart of the other family under this family's caption
                shownFamily.set(null);
            }
            scanDataset(); // a folder reads differently as images or as pairs
        });
        runDirectory.addListener((obs, old, now) -> folderConflict.set(""));
        findLastRun();
    }

    /** What the dataset section is called: paired families train on pairs. */
    public javafx.beans.binding.StringBinding datasetHeadingProperty() {
        return Bindings.createStringBinding(() -> singlePicture(family.get()) ? "Training picture"
                : paired(family.get()) ? "Training pairs" : unpaired(family.get()) ? "Two sets of images"
                : "Training images", family);
    }

    /** The hint in the empty dataset field. */
    public javafx.beans.binding.StringBinding datasetPromptProperty() {
        return Bindings.createStringBinding(() -> singlePicture(family.get()) ? "One picture (" + ImageFiles.describe() + ")"
                : paired(family.get()) ? "Folder of side-by-side pairs (train/, val/)"
                : unpaired(family.get()) ? "Folder holding A/ and B/ (or trainA/ and trainB/), unpaired"
                : "Folder of " + ImageFiles.describe() + " images", family);
    }

    /** What the live preview shows, in words. */
    public javafx.beans.binding.StringBinding sampleCaptionProperty() {
        return Bindings.createStringBinding(() -> {
            ModelFamily shown = shownFamily.get() != null ? shownFamily.get() : family.get();
            return paired(shown) ? "Held-out pairs: input · output · target"
                    : unpaired(shown) ? "A · A to B · back to A, then B · B to A · back to B"
                    : singlePicture(shown) ? "The newest scale: a random sample beside the reconstruction"
                    : "Samples from fixed latent vectors";
        }, family, shownFamily);
    }

    /** True when this build can train {@code chosen} (its package is registered); the others show as "coming". */
    public boolean available(ModelFamily chosen) {
        return chosen != null && engine.availableFamilies().contains(chosen);
    }

    private boolean paired(ModelFamily chosen) {
        return available(chosen) && engine.dataKind(chosen) == DataKind.PAIRS;
    }

    /** True when {@code chosen} translates between two unpaired sets of images (CycleGAN). */
    private boolean unpaired(ModelFamily chosen) {
        return available(chosen) && engine.dataKind(chosen) == DataKind.UNPAIRED;
    }

    /** True when {@code chosen} trains on one picture (SinGAN): the dataset is a file, not a folder. */
    public boolean singlePicture(ModelFamily chosen) {
        return available(chosen) && engine.dataKind(chosen) == DataKind.SINGLE_IMAGE;
    }

    String emptyDatasetHint(ModelFamily chosen) {
        if (singlePicture(chosen)) {
            return "Choose one picture: the model learns its patches at every scale.";
        }
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
        fields.forEach(f -> f.valueProperty().addListener((obs, old, now) -> plan()));
    }

    /**
     * Asks the engine, off the UI thread, what a run of the form on the chosen data would do (SinGAN: the pyramid and
     * the time it should take) and shows it; nothing for a family that cannot tell, or while the form or data are not
     * usable.
     */
    private void plan() {
        DatasetScan found = scan.get();
        if (found == null || found.usable() == 0 || !fields.stream().allMatch(FieldModel::valid)
                || dataset.get() == null || dataset.get().isBlank()) {
            planText.set("");
            return;
        }
        Map<String, String> settings = new LinkedHashMap<>();
        fields.forEach(f -> settings.put(f.field().key(), f.valueProperty().get()));
        TrainingRequest request = new TrainingRequest(family.get(), Path.of(dataset.get().trim()),
                Path.of(runDirectory.get().trim()), settings, device.get());
        plans.submit(() -> describe(engine.planTraining(request)));
    }

    /** "5 scales, 40x25 to 200x125, 3,000 steps · about 35 min (…)"; empty when the plan says nothing new. */
    static String describe(TrainingPlan plan) {
        if (plan.phases().size() < 2 && plan.estimate().isZero()) {
            return "";
        }
        long steps = plan.phases().stream().mapToLong(TrainingPlan.Phase::steps).sum();
        TrainingPlan.Phase first = plan.phases().get(0);
        TrainingPlan.Phase last = plan.phases().get(plan.phases().size() - 1);
        String sizes = first.width() > 0 ? ", " + first.width() + "x" + first.height() + " to " + last.width() + "x"
                + last.height() : "";
        String time = plan.estimate().isZero() ? "" : " · about " + formatEta(plan.estimate())
                + (plan.note().isEmpty() ? "" : " (" + plan.note() + ")");
        return plan.phases().size() + (plan.phases().size() == 1 ? " phase" : " scales") + sizes + ", "
                + String.format(Locale.ROOT, "%,d", steps) + " steps" + time;
    }

    /** What the run would do and how long it should take, before it starts; empty when unknown. */
    public StringProperty planTextProperty() {
        return planText;
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

    private Path defaultRunDirectory(ModelFamily family) {
        Path fresh = recentRuns.runsRoot().resolve(family.name().toLowerCase(Locale.ROOT) + "-"
                + LocalDateTime.now().format(RUN_NAME));
        return freeSibling(fresh);
    }

    /** {@code folder} if it holds no run, else the first of folder-2, folder-3… that holds none. */
    private static Path freeSibling(Path folder) {
        Path candidate = folder;
        for (int n = 2; holdsARun(candidate); n++) {
            candidate = folder.resolveSibling(folder.getFileName() + "-" + n);
        }
        return candidate;
    }

    /** True when the folder exists and is not empty. */
    static boolean holdsARun(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return true; // unreadable: do not train into it
        }
    }

    /** True for a folder name the app made up ("dcgan-20261205-101500", maybe "-2") in the runs folder. */
    private boolean generated(Path folder) {
        Path name = folder.getFileName();
        return name != null && GENERATED.matcher(name.toString()).matches()
                && recentRuns.runsRoot().toAbsolutePath().normalize().equals(
                        folder.toAbsolutePath().normalize().getParent());
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
        ModelFamily chosen = family.get();
        String asked = chosen + ":" + folder;
        if (asked.equals(lastScanAsked) && (scanning.get() || scan.get() != null)) {
            return; // the same folder again (the field lost focus to the Start button): keep its answer
        }
        lastScanAsked = asked;
        scanSummary.set("Looking through " + folder + " …");
        scan.set(null); // Start waits for this folder's answer, never trusts the last folder's
        scanning.set(true);
        long asking = ++scansAsked;
        scans.submit(() -> {
            try {
                return new ScanAnswer(asking, engine.scanDataset(Path.of(folder), chosen), null);
            } catch (RuntimeException e) {
                return new ScanAnswer(asking, null, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        });
    }

    /** What a scan found, or why it failed, for the request it answers. */
    private record ScanAnswer(long request, DatasetScan scan, String error) {}

    private void scanned(ScanAnswer answer) {
        if (answer.request() != scansAsked) {
            return; // a newer folder was asked for since: wait for its answer
        }
        scanning.set(false);
        scan.set(answer.scan());
        scanSummary.set(answer.scan() != null ? summary(answer.scan(), singlePicture(family.get())) : answer.error());
        plan();
    }

    private void scanFailed(String error) {
        scanning.set(false);
        scan.set(null);
        scanSummary.set(error);
    }

    /**
     * Why Start is off, in a few words ("Checking the folder…"); empty when Start is on or a run is going (the
     * run's own controls and message say what happens then).
     */
    public StringBinding startHintProperty() {
        return Bindings.createStringBinding(() -> {
            if (starting.get() || state.get() != null && !state.get().isTerminal()) {
                return "";
            }
            if (scanning.get()) {
                return "Checking the folder…";
            }
            if (dataset.get() == null || dataset.get().isBlank()) {
                return singlePicture(family.get()) ? "Choose a picture first."
                        : paired(family.get()) ? "Choose a folder of pairs first." : "Choose a folder of images first.";
            }
            if (scan.get() == null) {
                return "The folder cannot be used: " + scanSummary.get();
            }
            if (scan.get().usable() == 0) {
                return "The folder has nothing to train on.";
            }
            return fields.stream().filter(f -> !f.valid()).findFirst().map(f -> "Fix the settings: " + f.problemProperty().get())
                    .orElse("");
        }, starting, state, scanning, dataset, scan, scanSummary, family, formValid, formRevision);
    }

    static String summary(DatasetScan scan, boolean singlePicture) {
        if (singlePicture) {
            if (scan.usable() == 0) {
                return scan.skipped().isEmpty() ? "Nothing to train on." : "Cannot use " + scan.skipped().get(0).name()
                        + ": " + scan.skipped().get(0).reason() + ".";
            }
            BufferedImage picture = scan.preview().isEmpty() ? null : scan.preview().get(0);
            return picture == null ? "1 picture." : "1 picture, " + picture.getWidth() + "x" + picture.getHeight()
                    + " as read (the model brings it down to its largest side).";
        }
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

    /**
     * Starts a new run with the form's values, always in a folder of its own: a made-up folder name that holds a
     * run already is replaced by a fresh one; a folder the person chose that holds one is not trained into, the
     * panel asks instead ({@link #folderConflictProperty}).
     */
    public void start() {
        Path run = Path.of(runDirectory.get().trim());
        if (holdsARun(run)) {
            if (!generated(run)) {
                folderConflict.set("The folder " + run.getFileName() + " already holds a run.");
                return;
            }
            run = defaultRunDirectory(family.get());
            runDirectory.set(run.toString());
        }
        startIn(run);
    }

    /** After "already holds a run": start in a new folder beside it (my-shoes-2). */
    public void startInNewFolder() {
        Path run = freeSibling(Path.of(runDirectory.get().trim()));
        runDirectory.set(run.toString());
        startIn(run);
    }

    /** After "already holds a run": continue that run from its newest checkpoint. */
    public void resumeConflictingRun() {
        Path run = Path.of(runDirectory.get().trim());
        folderConflict.set("");
        starting.set(true);
        tasks.run(() -> newestCheckpoint(run).orElseThrow(() -> new StudioException(
                "The folder " + run + " holds no checkpoint to resume; choose a new folder.")), this::resumeFrom, error -> {
                    starting.set(false);
                    message.set(error);
                    alert.set(error);
                });
    }

    /** Forgets the question about the folder that holds a run. */
    public void dismissFolderConflict() {
        folderConflict.set("");
    }

    /** The run's newest checkpoint (the engine lists them newest first), on the worker. */
    private java.util.Optional<CheckpointInfo> newestCheckpoint(Path run) {
        Path absolute = run.toAbsolutePath().normalize();
        return engine.listCheckpoints(run).stream()
                .filter(c -> c.directory().toAbsolutePath().normalize().startsWith(absolute)).findFirst();
    }

    /** On opening: the newest remembered run that still has a checkpoint short of its last step, if any. */
    private void findLastRun() {
        tasks.run(() -> recentRuns.folders().stream().findFirst().flatMap(this::newestCheckpoint)
                .filter(c -> c.step() < c.totalSteps()).orElse(null), found -> {
                    if (state.get() == null && !starting.get()) {
                        lastRun.set(found);
                    }
                }, error -> { }); // only an offer: nothing to say when it cannot be made
    }

    /** Continues the last run of the previous session. */
    public void resumeLastRun() {
        resumeFrom(lastRun.get());
    }

    /** The last run of the previous session that can continue, or null. */
    public ReadOnlyObjectProperty<CheckpointInfo> lastRunProperty() {
        return lastRun.getReadOnlyProperty();
    }

    /** "Resume last run: dcgan-20261205-101500 (step 120 of 1500)", or empty. */
    public StringBinding lastRunLabelProperty() {
        return Bindings.createStringBinding(() -> {
            CheckpointInfo c = lastRun.get();
            if (c == null) {
                return "";
            }
            Path checkpoints = c.directory().getParent();
            Path run = checkpoints != null && checkpoints.getParent() != null ? checkpoints.getParent() : c.directory();
            return "Resume last run: " + run.getFileName() + " (step " + c.step() + " of " + c.totalSteps() + ")";
        }, lastRun);
    }

    /** The question shown when Start met a chosen folder that holds a run; empty otherwise. */
    public ReadOnlyStringProperty folderConflictProperty() {
        return folderConflict.getReadOnlyProperty();
    }

    private void startIn(Path run) {
        folderConflict.set("");
        Map<String, String> settings = new LinkedHashMap<>();
        fields.forEach(f -> settings.put(f.field().key(), f.valueProperty().get()));
        TrainingRequest request = new TrainingRequest(family.get(), Path.of(dataset.get().trim()), run, settings, device.get());
        clearRun();
        lastRun.set(null);
        shownFamily.set(request.family());
        starting.set(true);
        message.set("Starting…");
        launches.submit(() -> {
            TrainingHandle started = engine.startTraining(request, this::onSnapshot);
            recentRuns.remember(run);
            return started;
        });
    }

    /** A run started or resumed: its controls take over. */
    private void launched(TrainingHandle started) {
        handle = started;
        runDirectory.set(started.runDirectory().toString());
        starting.set(false);
    }

    private void launchFailed(String error) {
        starting.set(false);
        message.set(error);
        alert.set("Could not start: " + error);
    }

    /** Continues the run a checkpoint belongs to. */
    public void resumeFrom(CheckpointInfo checkpoint) {
        if (checkpoint == null) {
            return;
        }
        clearRun();
        lastRun.set(null);
        shownFamily.set(checkpoint.family());
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
        launches.submit(() -> {
            TrainingHandle started = engine.resumeTraining(checkpoint, this::onSnapshot);
            recentRuns.remember(started.runDirectory());
            return started;
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

    /**
     * Called when the window closes: a running job is asked to cancel, which checkpoints it first. Returns at
     * once (a training step may take long); the answer completes when the run has stopped, or at once when none
     * runs. Whoever ends the process waits for it, off the UI thread.
     */
    public CompletableFuture<Void> shutdown() {
        if (pairBuilder != null) {
            pairBuilder.shutdown();
        }
        scans.shutdown();
        TrainingHandle running = handle;
        if (running == null || running.state().isTerminal()) {
            return CompletableFuture.completedFuture(null);
        }
        running.cancel();
        return running.completion().handle((last, failure) -> null);
    }

    /** Lists checkpoints of the current run folder, or of the folder that holds runs. */
    public void refreshCheckpoints() {
        Path run = Path.of(runDirectory.get().trim());
        Path where = run.getParent() != null && !java.nio.file.Files.isDirectory(run) ? run.getParent() : run;
        tasks.run(() -> engine.listCheckpoints(where), checkpoints::setAll, message::set);
    }

    private void clearRun() {
        stepText.set("Step –");
        epochText.set("Epoch –");
        speedText.set("– img/s");
        etaText.set("ETA –");
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
        stepText.set("Step " + s.step() + " / " + s.totalSteps() + phaseText(s.phase()));
        // a run in phases (SinGAN's scales on one picture) says where it is in the step text; epochs mean nothing there
        epochText.set(s.phase() != null && s.phase().count() > 1 ? "" : "Epoch " + s.epoch());
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

    /** " · Scale 3 of 5: 94x70 (120 / 600)" for a run of several phases; empty for one phase or none. */
    static String phaseText(org.ganstudio.engine.api.PhaseProgress phase) {
        return phase == null || phase.count() < 2 ? ""
                : " · " + phase.name() + " (" + phase.step() + " / " + phase.steps() + ")";
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
