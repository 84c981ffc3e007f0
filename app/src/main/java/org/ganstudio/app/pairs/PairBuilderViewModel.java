package org.ganstudio.app.pairs;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
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
import javafx.scene.image.Image;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.common.CoalescedUpdates;
import org.ganstudio.app.common.FxImages;
import org.ganstudio.app.common.LatestOnlyRunner;
import org.ganstudio.engine.api.EdgeMethod;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.PairBuildRequest;
import org.ganstudio.engine.api.PairBuildSummary;
import org.ganstudio.engine.api.PairInputKind;
import org.ganstudio.engine.api.StudioEngine;

/**
 * State and actions of "Build pairs from photos". The preview fits one photo of the folder as the build will
 * and makes its input with the current settings, off the UI thread; while one preview is computed only the
 * newest request waits. The build runs on its own thread; its progress is coalesced to one UI update at a time.
 * Nothing here touches a JavaFX node.
 */
public final class PairBuilderViewModel {

    /** The sides Pix2Pix trains at. */
    public static final List<Integer> SIDES = List.of(64, 128, 256);
    /** Shares of the pairs held out in val/, in percent. */
    public static final List<Integer> HELD_OUT_PERCENTS = List.of(0, 5, 10, 20, 30);

    /** Where a build stands. */
    public enum BuildState { IDLE, BUILDING, CANCELLING, FINISHED, FAILED }

    private record Preview(BufferedImage photo, BufferedImage input) {}

    private record Fitted(Path photo, int side, BufferedImage image) {}

    private record Progress(int done, int total, String file) {}

    private final StudioEngine engine;
    private final BackgroundTasks tasks;
    private final LatestOnlyRunner<Preview> previews;
    private final Executor buildWorker;
    private final Executor ui;
    private final Consumer<Path> onUse;

    private final StringProperty photos = new SimpleStringProperty("");
    private final StringProperty output = new SimpleStringProperty("");
    private final ObjectProperty<Integer> side = new SimpleObjectProperty<>(256);
    private final ObjectProperty<Integer> heldOutPercent =
            new SimpleObjectProperty<>((int) Math.round(PairBuildRequest.DEFAULT_VALIDATION_FRACTION * 100));
    private final ObjectProperty<PairInputKind> input = new SimpleObjectProperty<>(PairInputKind.EDGES);
    private final ObjectProperty<EdgeMethod> method = new SimpleObjectProperty<>(EdgeMethod.XDOG);
    private final DoubleProperty sigma = new SimpleDoubleProperty(EdgeSettings.xdog().sigma());
    private final DoubleProperty lowThreshold = new SimpleDoubleProperty(EdgeSettings.canny().lowThreshold());
    private final DoubleProperty highThreshold = new SimpleDoubleProperty(EdgeSettings.canny().highThreshold());
    private final DoubleProperty tau = new SimpleDoubleProperty(EdgeSettings.xdog().tau());
    private final DoubleProperty epsilon = new SimpleDoubleProperty(EdgeSettings.xdog().epsilon());
    private final DoubleProperty phi = new SimpleDoubleProperty(EdgeSettings.xdog().phi());
    private final BooleanProperty thin = new SimpleBooleanProperty(EdgeSettings.xdog().thin());
    private final DoubleProperty speckPixels = new SimpleDoubleProperty(EdgeSettings.xdog().minSpeckPixels());

    private final ObservableList<Path> photoFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> photoFilesView = FXCollections.unmodifiableObservableList(photoFiles);
    private final ReadOnlyObjectWrapper<Integer> photoIndex = new ReadOnlyObjectWrapper<>(0);
    private final ReadOnlyStringWrapper folderMessage = new ReadOnlyStringWrapper("Choose a folder of photos.");
    private final ReadOnlyStringWrapper photoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Image> previewPhoto = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> previewInput = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper previewMessage = new ReadOnlyStringWrapper("");
    private final AtomicReference<Fitted> fitted = new AtomicReference<>();

    private final ReadOnlyObjectWrapper<BuildState> state = new ReadOnlyObjectWrapper<>(BuildState.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ObservableList<String> skipped = FXCollections.observableArrayList();
    private final ObservableList<String> skippedView = FXCollections.unmodifiableObservableList(skipped);
    private final ReadOnlyObjectWrapper<PairBuildSummary> summary = new ReadOnlyObjectWrapper<>();
    private final CoalescedUpdates<Progress> progressUpdates;
    private volatile AtomicBoolean cancelFlag = new AtomicBoolean();
    private boolean outputFollowsPhotos = true;

    /**
     * Folder listing and previews on one daemon thread, the build on another, answers on the JavaFX thread.
     *
     * @param onUse takes the output folder when the person chooses "Use these pairs"
     */
    public PairBuilderViewModel(StudioEngine engine, Consumer<Path> onUse) {
        this(engine, daemonThread("pair-preview"), daemonThread("pair-build"), Platform::runLater, onUse);
    }

    /** Over the given executors: {@code worker} lists folders and makes previews; tests pass their own. */
    PairBuilderViewModel(StudioEngine engine, Executor worker, Executor buildWorker, Executor ui,
            Consumer<Path> onUse) {
        this.engine = engine;
        this.tasks = new BackgroundTasks(worker, ui);
        this.previews = new LatestOnlyRunner<>(worker, ui, this::showPreview, this::previewFailed);
        this.buildWorker = buildWorker;
        this.ui = ui;
        this.progressUpdates = new CoalescedUpdates<>(ui, this::applyProgress);
        this.onUse = onUse;
        photos.addListener((obs, old, now) -> {
            if (outputFollowsPhotos) {
                output.set(defaultOutput(now));
            }
        });
        output.addListener((obs, old, now) -> outputFollowsPhotos = now == null || now.isBlank()
                || now.equals(defaultOutput(photos.get())));
        lowThreshold.addListener((obs, old, now) -> {
            if (now.doubleValue() > highThreshold.get()) {
                highThreshold.set(now.doubleValue());
            }
        });
        highThreshold.addListener((obs, old, now) -> {
            if (now.doubleValue() < lowThreshold.get()) {
                lowThreshold.set(now.doubleValue());
            }
        });
        method.addListener((obs, old, now) -> {
            // the speck size is the one shared setting whose default differs; an untouched one follows the method
            if (old != null && now != null && Math.round(speckPixels.get()) == defaults(old).minSpeckPixels()) {
                speckPixels.set(defaults(now).minSpeckPixels());
            }
        });
        for (Observable setting : List.<Observable>of(side, input, method, sigma, lowThreshold, highThreshold, tau,
                epsilon, phi, thin, speckPixels)) {
            setting.addListener(o -> refreshPreview());
        }
    }

    private static Executor daemonThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Where the pairs go unless the person chooses: {@code <photos>-pairs} beside the photo folder. */
    static String defaultOutput(String photoFolder) {
        String trimmed = photoFolder == null ? "" : photoFolder.trim();
        while (trimmed.length() > 1 && (trimmed.endsWith("/") || trimmed.endsWith("\\"))) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? "" : trimmed + "-pairs";
    }

    private static EdgeSettings defaults(EdgeMethod method) {
        return method == EdgeMethod.CANNY ? EdgeSettings.canny() : EdgeSettings.xdog();
    }

    /** The extractor settings the sliders describe (Canny's thresholds kept in order). */
    public EdgeSettings edgeSettings() {
        EdgeSettings base = method.get() == EdgeMethod.CANNY ? EdgeSettings.canny() : EdgeSettings.xdog();
        double low = lowThreshold.get();
        return base.withSigma(sigma.get())
                .withThresholds(low, Math.max(low, highThreshold.get()))
                .withXdog(tau.get(), epsilon.get(), phi.get())
                .withCleanup(thin.get(), (int) Math.round(speckPixels.get()));
    }

    /** The build the form describes. */
    PairBuildRequest request() {
        String from = photos.get() == null ? "" : photos.get().trim();
        String to = output.get() == null ? "" : output.get().trim();
        if (from.isEmpty()) {
            throw new IllegalArgumentException("Choose a folder of photos first.");
        }
        if (to.isEmpty()) {
            throw new IllegalArgumentException("Choose a folder for the pairs.");
        }
        PairInputKind kind = input.get();
        return new PairBuildRequest(Path.of(from), Path.of(to), side.get(), kind,
                kind == PairInputKind.EDGES ? edgeSettings() : null, heldOutPercent.get() / 100.0);
    }

    /** Lists the photo folder in the background and previews its first photo. */
    public void loadFolder() {
        String text = photos.get() == null ? "" : photos.get().trim();
        if (text.isEmpty()) {
            showPhotos(List.of(), "Choose a folder of photos.");
            return;
        }
        folderMessage.set("Looking through " + text + " …");
        tasks.run(() -> PhotoFolder.list(Path.of(text)), found -> {
            if (text.equals(photos.get().trim())) {
                showPhotos(found, found.size() + (found.size() == 1 ? " photo" : " photos") + " in " + text + ".");
            }
        }, error -> {
            if (text.equals(photos.get().trim())) {
                showPhotos(List.of(), error);
            }
        });
    }

    private void showPhotos(List<Path> found, String message) {
        photoFiles.setAll(found);
        folderMessage.set(message);
        showPhoto(0);
    }

    /** Previews the folder's next photo (after the last, the first). */
    public void nextPhoto() {
        if (!photoFiles.isEmpty()) {
            showPhoto((photoIndex.get() + 1) % photoFiles.size());
        }
    }

    private void showPhoto(int index) {
        photoIndex.set(index);
        photoName.set(photoFiles.isEmpty() ? ""
                : photoFiles.get(index).getFileName() + " (" + (index + 1) + " of " + photoFiles.size() + ")");
        refreshPreview();
    }

    /** Asks for a preview with the current settings; a request still waiting is replaced. */
    public void refreshPreview() {
        if (photoFiles.isEmpty()) {
            previews.discardPending();
            previewPhoto.set(null);
            previewInput.set(null);
            previewMessage.set("");
            return;
        }
        Path photo = photoFiles.get(photoIndex.get());
        int fittedSide = side.get();
        PairInputKind kind = input.get();
        EdgeSettings settings = kind == PairInputKind.EDGES ? edgeSettings() : null;
        previews.submit(() -> {
            BufferedImage image = fittedPhoto(photo, fittedSide);
            return new Preview(image, engine.pairInput(image, kind, settings));
        });
    }

    /** Worker thread: the fitted photo, decoded once per photo and side. */
    private BufferedImage fittedPhoto(Path photo, int fittedSide) {
        Fitted known = fitted.get();
        if (known != null && known.photo().equals(photo) && known.side() == fittedSide) {
            return known.image();
        }
        Fitted made = new Fitted(photo, fittedSide, engine.fitPhoto(photo, fittedSide));
        fitted.set(made);
        return made.image();
    }

    private void showPreview(Preview preview) {
        previewPhoto.set(FxImages.toFx(preview.photo()));
        previewInput.set(FxImages.toFx(preview.input()));
        previewMessage.set("");
    }

    private void previewFailed(String message) {
        previewPhoto.set(null);
        previewInput.set(null);
        previewMessage.set("This photo cannot be used: " + message);
    }

    /** True while a build runs or is stopping. */
    public BooleanBinding busyProperty() {
        return Bindings.createBooleanBinding(
                () -> state.get() == BuildState.BUILDING || state.get() == BuildState.CANCELLING, state);
    }

    public BooleanBinding canCancelProperty() {
        return Bindings.createBooleanBinding(() -> state.get() == BuildState.BUILDING, state);
    }

    /** True when a finished build left pairs to train on. */
    public BooleanBinding canUseProperty() {
        return Bindings.createBooleanBinding(() -> state.get() == BuildState.FINISHED && summary.get() != null
                && summary.get().trainPairs() > 0, state, summary);
    }

    /** Starts building with the form's settings on the build thread. */
    public void build() {
        if (state.get() == BuildState.BUILDING || state.get() == BuildState.CANCELLING) {
            return;
        }
        PairBuildRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            state.set(BuildState.FAILED);
            result.set(e.getMessage());
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        cancelFlag = cancel;
        summary.set(null);
        skipped.clear();
        result.set("");
        progress.set(0);
        progressText.set("Starting…");
        progressUpdates.clear();
        state.set(BuildState.BUILDING);
        buildWorker.execute(() -> {
            try {
                PairBuildSummary done = engine.buildPairs(request, this::onProgress, cancel::get);
                ui.execute(() -> finished(request, done));
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                ui.execute(() -> failed(message));
            }
        });
    }

    /** Stops the build after the photo in hand; every pair written so far stays. */
    public void cancel() {
        if (state.get() == BuildState.BUILDING) {
            cancelFlag.set(true);
            state.set(BuildState.CANCELLING);
            progressText.set("Stopping after the current photo…");
        }
    }

    /** Hands the built folder to whoever opened the builder (the Train panel). */
    public void usePairs() {
        if (canUseProperty().get()) {
            onUse.accept(summary.get().out());
        }
    }

    /** Called when the app closes: a build stops after its current photo; previews stop. */
    public void shutdown() {
        cancelFlag.set(true);
        previews.shutdown();
    }

    /** Build thread: keep the newest progress and make sure one UI update is queued. */
    private void onProgress(int done, int total, String file) {
        progressUpdates.offer(new Progress(done, total, file));
    }

    private void applyProgress(Progress p) {
        if (state.get() != BuildState.BUILDING) {
            return;
        }
        progress.set(p.total() == 0 ? 0 : (double) p.done() / p.total());
        progressText.set(p.done() + " of " + p.total() + " · " + p.file());
    }

    private void finished(PairBuildRequest request, PairBuildSummary done) {
        summary.set(done);
        skipped.setAll(done.skipped().stream().map(f -> f.name() + " — " + f.reason()).toList());
        progress.set(done.cancelled() ? progress.get() : 1);
        progressText.set("");
        result.set(describe(request, done));
        state.set(BuildState.FINISHED);
    }

    private void failed(String message) {
        progressText.set("");
        result.set(message);
        state.set(BuildState.FAILED);
    }

    /** The result line, e.g. "Wrote 300 pairs (230 train, 70 val); 2 skipped." */
    static String describe(PairBuildRequest request, PairBuildSummary s) {
        if (s.pairs() == 0 && !s.cancelled()) {
            return s.skipped().isEmpty() ? "There are no photos in " + request.photos() + "."
                    : "No pair could be made: " + count(s.skipped().size(), "file") + " skipped (see below).";
        }
        StringBuilder line = new StringBuilder(s.cancelled() ? "Cancelled: wrote " : "Wrote ");
        line.append(count(s.written(), "pair"));
        if (s.alreadyThere() > 0) {
            line.append(", ").append(s.alreadyThere()).append(" already there");
        }
        line.append(String.format(Locale.ROOT, " (%d train, %d val)", s.trainPairs(), s.validationPairs()));
        if (!s.skipped().isEmpty()) {
            line.append("; ").append(s.skipped().size()).append(" skipped");
        }
        line.append(s.cancelled() ? ". Build again to finish the rest." : ".");
        return line.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public StringProperty photosProperty() {
        return photos;
    }

    public StringProperty outputProperty() {
        return output;
    }

    /** Percent of the pairs held out in val/ for validation. */
    public ObjectProperty<Integer> heldOutPercentProperty() {
        return heldOutPercent;
    }

    public ObjectProperty<Integer> sideProperty() {
        return side;
    }

    public ObjectProperty<PairInputKind> inputProperty() {
        return input;
    }

    public ObjectProperty<EdgeMethod> methodProperty() {
        return method;
    }

    public DoubleProperty sigmaProperty() {
        return sigma;
    }

    public DoubleProperty lowThresholdProperty() {
        return lowThreshold;
    }

    public DoubleProperty highThresholdProperty() {
        return highThreshold;
    }

    public DoubleProperty tauProperty() {
        return tau;
    }

    public DoubleProperty epsilonProperty() {
        return epsilon;
    }

    public DoubleProperty phiProperty() {
        return phi;
    }

    public BooleanProperty thinProperty() {
        return thin;
    }

    public DoubleProperty speckPixelsProperty() {
        return speckPixels;
    }

    public ReadOnlyStringProperty folderMessageProperty() {
        return folderMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty photoNameProperty() {
        return photoName.getReadOnlyProperty();
    }

    public ObservableList<Path> photoFiles() {
        return photoFilesView;
    }

    public ReadOnlyObjectProperty<Image> previewPhotoProperty() {
        return previewPhoto.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> previewInputProperty() {
        return previewInput.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewMessageProperty() {
        return previewMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BuildState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<String> skippedFiles() {
        return skippedView;
    }

    public ReadOnlyObjectProperty<PairBuildSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
