package org.ganstudio.app.sketch;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.common.FxImages;
import org.ganstudio.app.common.LatencyLog;
import org.ganstudio.app.common.LatestOnlyRunner;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.ImageTranslator;
import org.ganstudio.engine.api.InstalledModel;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioEngine;

/**
 * The Sketch studio's state and actions: the drawing with its history, the open Pix2Pix model, and the output,
 * kept up to date while the person draws. Every change of the drawing asks for a translation; a
 * {@link LatestOnlyRunner} computes them one at a time off the UI thread, keeping only the newest. Models open
 * and files load through {@link BackgroundTasks}. All methods are called on the UI thread.
 */
public final class SketchViewModel {

    /** Side of the "what the model sees" thumbnail; its pixels are enlarged as squares. */
    static final int THUMBNAIL = 128;
    static final String EMPTY_PAGE = "The page is empty: draw the outline of a shoe.";
    static final String NO_MODELS = "No Pix2Pix model is installed yet. Train one in the Train panel, or open a "
            + "model or checkpoint folder with \u201cOpen model folder\u2026\u201d.";

    private final StudioEngine engine;
    private final BackgroundTasks tasks;
    private final LatestOnlyRunner<Translation> runner;
    private final Sketch sketch = new Sketch();
    private final Map<Tool, Integer> sizes = new EnumMap<>(Tool.class);
    private final Random random = new Random();
    private final LatencyLog latencies = new LatencyLog();

    private final ObservableList<InstalledModel> models = FXCollections.observableArrayList();
    private final ObjectProperty<InstalledModel> selectedModel = new SimpleObjectProperty<>();
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(Tool.PEN);
    private final IntegerProperty penSize = new SimpleIntegerProperty(Tool.PEN.defaultSize());
    private final ReadOnlyObjectWrapper<Image> sketchImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> outputImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> preparedImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper preparedSteps = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper inputProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper upToDate = new ReadOnlyBooleanWrapper(true);
    private final BooleanProperty smooth = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Image> tracePhoto = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty traceOpacity = new SimpleDoubleProperty(0.4);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper modelOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasExamples = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper latency = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper modelProblem = new ReadOnlyStringWrapper("");

    private volatile ImageTranslator translator;
    private InstalledModel translatorModel;
    /** The model last asked for (open or still opening); null after it failed to open. */
    private InstalledModel requested;
    private List<BufferedImage> examples = List.of();
    private int lastExample = -1;
    private Translation shown;
    /** Counts the drawing's changes; each translation says which one it answers. */
    private long revision;
    private long shownRevision;
    private long openTicket;
    private BufferedImage reloadAfterOpen;
    private boolean translationErrorShown;
    /** The next result is a freshly opened model's first run (a warm-up, not a stroke): kept out of the median. */
    private boolean firstAfterOpen;
    private boolean activated;
    private final AtomicBoolean closed = new AtomicBoolean();

    public SketchViewModel(StudioEngine engine, BackgroundTasks tasks) {
        this(engine, tasks, null);
    }

    /** With a runner made elsewhere (null: its own daemon thread, answering on the FX thread). */
    SketchViewModel(StudioEngine engine, BackgroundTasks tasks, LatestOnlyRunner<Translation> runner) {
        this.engine = engine;
        this.tasks = tasks;
        this.runner = runner != null ? runner
                : new LatestOnlyRunner<>("sketch-translate", this::show, this::translationFailed);
        for (Tool t : Tool.values()) {
            sizes.put(t, t.defaultSize());
        }
        tool.addListener((obs, old, now) -> penSize.set(sizes.get(now)));
        smooth.addListener((obs, old, now) -> showOutput());
        penSize.addListener((obs, old, now) -> sizes.put(tool.get(), now.intValue()));
        selectedModel.addListener((obs, old, now) -> {
            // compared with the model last asked for, not the one open: a choice made while another model is still
            // opening (a click on the shipped model while a checkpoint loads) must win over it
            if (now != null && (requested == null || !sameFolder(now, requested))) {
                open(now);
            }
        });
        sketchChanged();
    }

    /** The first time the studio is shown: list the installed models and open the first. */
    public void activate() {
        if (!activated) {
            activated = true;
            refreshModels();
        }
    }

    public void refreshModels() {
        tasks.run(() -> engine.installedModels(ModelFamily.PIX2PIX), found -> {
            List<InstalledModel> opened =
                    models.stream().filter(m -> found.stream().noneMatch(f -> sameFolder(f, m))).toList();
            models.setAll(found);
            models.addAll(opened); // folders opened by hand stay in the list
            if (found.isEmpty() && translator == null && selectedModel.get() == null) {
                say(NO_MODELS, false);
            } else if (selectedModel.get() == null && !models.isEmpty()) {
                selectedModel.set(models.get(0));
            }
        }, error -> say(error, true));
    }

    /** Opens any model or checkpoint folder and adds it to the choice. */
    public void openModelFolder(Path folder) {
        InstalledModel entry = models.stream().filter(m -> m.directory().equals(folder)).findFirst().orElse(null);
        if (entry == null) {
            entry = new InstalledModel(folder.getFileName().toString(), ModelFamily.PIX2PIX, folder, folderTitle(folder),
                    folder.toString());
            models.add(entry);
        }
        if (entry.equals(selectedModel.get())) {
            open(entry); // again: the folder may hold a newer checkpoint
        } else {
            selectedModel.set(entry);
        }
    }

    /** "run-name · step-00000500" for a checkpoint inside a run, else the folder's name. */
    static String folderTitle(Path folder) {
        Path parent = folder.getParent();
        Path run = parent == null ? null : parent.getParent();
        if (run != null && run.getFileName() != null && parent.getFileName().toString().equals("checkpoints")) {
            return run.getFileName() + " \u00b7 " + folder.getFileName();
        }
        return String.valueOf(folder.getFileName());
    }

    private static boolean sameFolder(InstalledModel a, InstalledModel b) {
        return a.directory().equals(b.directory());
    }

    private void open(InstalledModel chosen) {
        long ticket = ++openTicket;
        requested = chosen;
        opening.set(true);
        say("Opening " + chosen.title() + "\u2026", false);
        tasks.run(() -> Opened.of(engine.openTranslator(chosen.directory())), opened -> {
            if (ticket != openTicket || closed.get()) {
                opened.translator().close(); // a later choice won
                return;
            }
            opening.set(false);
            install(chosen, opened);
        }, error -> {
            if (ticket == openTicket) {
                requested = null; // choosing it again tries again
                opening.set(false);
                retire();
                reloadAfterOpen = null;
                say(error, true);
                modelProblem.set(error);
            }
        });
    }

    /** What opening a model fetches in the background. */
    private record Opened(ImageTranslator translator, List<BufferedImage> examples) {
        static Opened of(ImageTranslator translator) {
            try {
                return new Opened(translator, List.copyOf(translator.exampleInputs()));
            } catch (RuntimeException e) {
                translator.close();
                throw e;
            }
        }
    }

    private void install(InstalledModel chosen, Opened opened) {
        retire();
        modelProblem.set("");
        translator = opened.translator();
        translatorModel = chosen;
        examples = opened.examples();
        lastExample = -1;
        hasExamples.set(!examples.isEmpty());
        modelOpen.set(true);
        firstAfterOpen = true;
        int side = translator.imageSize();
        if (reloadAfterOpen != null) {
            sketch.replace(fitted(reloadAfterOpen));
            reloadAfterOpen = null;
        }
        say(chosen.title() + " is ready (" + side + " \u00d7 " + side + " px). Draw the outline of a shoe.", false);
        sketchChanged();
    }

    /** Lets go of the open model once the translation in flight (if any) is done with it. */
    private void retire() {
        ImageTranslator old = translator;
        translator = null;
        translatorModel = null;
        examples = List.of();
        hasExamples.set(false);
        modelOpen.set(false);
        shown = null;
        outputImage.set(null);
        preparedImage.set(null);
        preparedSteps.set("");
        inputProblem.set("");
        latency.set("");
        latencies.clear();
        runner.discardPending();
        if (old != null) {
            runner.runAfterCurrent(old::close);
        }
    }

    // ---- drawing

    public void beginStroke(double x, double y) {
        sketch.beginStroke(tool.get(), penSize.get(), x, y);
        sketchChanged();
    }

    public void strokeTo(double x, double y) {
        if (sketch.drawing()) {
            sketch.strokeTo(x, y);
            sketchChanged();
        }
    }

    public void endStroke() {
        sketch.endStroke();
    }

    public void undo() {
        if (sketch.undo()) {
            sketchChanged();
        }
    }

    public void redo() {
        if (sketch.redo()) {
            sketchChanged();
        }
    }

    public void clear() {
        sketch.clear();
        sketchChanged();
    }

    /** Side of the drawing in pixels. */
    public int side() {
        return sketch.side();
    }

    /** The translation shown now (null while none), for tests. */
    Translation shown() {
        return shown;
    }

    /** Pixels of ink in the drawing. */
    public int inkPixels() {
        return sketch.inkPixels();
    }

    private void sketchChanged() {
        revision++;
        sketchImage.set(FxImages.toFx(sketch.copy()));
        canUndo.set(sketch.canUndo());
        canRedo.set(sketch.canRedo());
        requestTranslation();
    }

    /**
     * Asks for the newest drawing's output. An empty page is not sent: the output board says so instead (and a
     * model's own {@code prepareDrawing} may refuse a drawing for its own reasons, shown the same way).
     */
    private void requestTranslation() {
        ImageTranslator current = translator;
        if (current == null || closed.get()) {
            upToDate.set(true);
            return;
        }
        long asked = revision;
        if (sketch.inkPixels() == 0) {
            runner.discardPending();
            showRefusal(asked, EMPTY_PAGE);
            return;
        }
        upToDate.set(false);
        BufferedImage drawing = sketch.copyRgb();
        long requested = System.nanoTime();
        runner.submit(() -> Translation.run(current, asked, drawing, requested));
    }

    private void show(Translation result) {
        if (result.translator() != translator || result.revision() <= shownRevision) {
            return; // made by a model that is no longer open, or older than what is shown
        }
        if (result.refused()) {
            showRefusal(result.revision(), result.refusal());
            return;
        }
        shownRevision = result.revision();
        upToDate.set(shownRevision == revision);
        shown = result;
        inputProblem.set("");
        showOutput();
        preparedImage.set(FxImages.toFx(OutputImages.resample(result.prepared().image(), THUMBNAIL,
                RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR)));
        preparedSteps.set(String.join(" \u00b7 ", result.prepared().steps()));
        long toScreen = (System.nanoTime() - result.requestedAtNanos()) / 1_000_000;
        if (firstAfterOpen) {
            firstAfterOpen = false;
            latency.set(String.format(Locale.ROOT, "%d ms model \u00b7 first run, not counted", result.modelMillis()));
        } else {
            latencies.add(toScreen);
            latency.set(String.format(Locale.ROOT, "%d ms model \u00b7 %d ms to screen \u00b7 median %d ms",
                    result.modelMillis(), toScreen, latencies.median()));
        }
        if (translationErrorShown) {
            say("", false); // the model works again
        }
        modelProblem.set("");
    }

    /** No output for this drawing, and why (the output board shows it). */
    private void showRefusal(long answered, String why) {
        shownRevision = answered;
        upToDate.set(shownRevision == revision);
        shown = null;
        outputImage.set(null);
        preparedImage.set(null);
        preparedSteps.set("");
        inputProblem.set(why);
    }

    /**
     * The enlarged output, or with "Smooth" off the model's own pixels as squares (enlarged here with nearest
     * neighbour: an ImageView's smooth flag is not honoured by every rendering pipeline).
     */
    private void showOutput() {
        Translation result = shown;
        outputImage.set(result == null ? null : FxImages.toFx(smooth.get() ? result.enlarged()
                : OutputImages.resample(result.output(), OutputImages.SHOWN, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR)));
    }

    private void translationFailed(String error) {
        upToDate.set(true);
        say(error, true);
        translationErrorShown = true;
        modelProblem.set(error);
    }

    // ---- files

    /** Loads an edge map or line drawing as the drawing (fitted into the page); a photo is refused with a hint. */
    public void openSketch(Path file) {
        String name = String.valueOf(file.getFileName());
        tasks.run(() -> SketchFiles.readImage(file), image -> {
            String small = SketchImages.tooSmall(image, name);
            if (small != null) {
                say(small, true);
            } else if (!SketchImages.looksLikeEdges(image) && !SketchImages.looksInverted(image)) {
                say(name + " looks like a photo, not a line drawing, so the drawing is unchanged. \u201cTrace photo\u2026\u201d"
                        + " puts it under the page to draw over; \u201cEdges of photo\u2026\u201d draws its edges for you.", true);
            } else {
                load(fitted(image));
                say("Opened " + name + " as the drawing.", false);
            }
        }, error -> say(error, true));
    }

    /**
     * Loads a photo and draws its edges, with the extractor the model's training sketches were made with (XDoG
     * defaults when the model does not say), found at the model's size so the lines are as thick as its training
     * edges, then smoothly enlarged to the page.
     */
    public void openPhoto(Path file) {
        ImageTranslator current = translator;
        int side = current == null ? 64 : current.imageSize();
        EdgeSettings settings = current == null ? EdgeSettings.xdog() : current.trainingEdges().orElse(EdgeSettings.xdog());
        say("Finding the edges of " + file.getFileName() + "\u2026", false);
        tasks.run(() -> {
            BufferedImage photo = SketchFiles.readImage(file);
            String small = SketchImages.tooSmall(photo, String.valueOf(file.getFileName()));
            if (small != null) {
                throw new org.ganstudio.engine.api.StudioException(small);
            }
            BufferedImage edges = engine.extractEdges(SketchImages.fitOnWhite(photo, side), settings);
            return SketchImages.ink(edges, 128, false);
        }, edges -> {
            load(fitted(edges));
            say("Edges of " + file.getFileName() + ". Draw over them, erase, or undo to go back.", false);
        }, error -> say(error, true));
    }

    /** Reopens a saved result's JSON (or its sketch PNG); switches to the model it was made with when installed. */
    public void openSaved(Path file) {
        tasks.run(() -> SketchFiles.reopen(file), reopened -> {
            load(fitted(reopened.sketch()));
            SavedSketch saved = reopened.provenance();
            if (saved == null || translatorModel != null && translatorModel.id().equals(saved.modelId())) {
                say("Opened " + file.getFileName() + ".", false);
                return;
            }
            InstalledModel made = models.stream().filter(m -> m.id().equals(saved.modelId())).findFirst().orElse(null);
            if (made == null) {
                say("Opened " + file.getFileName() + ". It was made with " + saved.modelId()
                        + ", which is not installed.", false);
            } else {
                reloadAfterOpen = reopened.sketch();
                selectedModel.set(made);
            }
        }, error -> say(error, true));
    }

    /** Puts one of the model's held-out sketches on the page. */
    public void randomExample() {
        if (examples.isEmpty()) {
            return;
        }
        int pick = random.nextInt(examples.size());
        if (examples.size() > 1 && pick == lastExample) {
            pick = (pick + 1) % examples.size();
        }
        lastExample = pick;
        load(fitted(examples.get(pick)));
        say("Example " + (pick + 1) + " of " + examples.size() + " from " + translatorModel.title() + ".", false);
    }

    /**
     * Writes the output PNG, the drawing, what the model saw, the three side by side, and a JSON of where it
     * came from (with the prepare steps).
     */
    public void save(Path chosen) {
        Translation result = shown;
        InstalledModel from = translatorModel;
        if (result == null || from == null) {
            say("There is no output to save yet.", true);
            return;
        }
        tasks.run(() -> SketchFiles.save(chosen, result, from.id(), from.directory(), Instant.now()),
                names -> say("Saved " + names.sideBySide().getFileName() + " (drawing, what the model saw, output) and "
                        + "the separate images with " + names.provenance().getFileName() + " in "
                        + names.output().getParent() + ".", false),
                error -> say(error, true));
    }

    // ---- the photo to trace over

    /** Puts a photo under the page to draw over; it is shown only, never sent to the model. */
    public void openTracePhoto(Path file) {
        String name = String.valueOf(file.getFileName());
        tasks.run(() -> SketchFiles.readImage(file), photo -> {
            String small = SketchImages.tooSmall(photo, name);
            if (small != null) {
                say(small, true);
                return;
            }
            tracePhoto.set(FxImages.toFx(SketchImages.fitOnWhite(photo, Sketch.SIDE)));
            say(name + " is under the page to trace over. Only your strokes go to the model.", false);
        }, error -> say(error, true));
    }

    public void removeTracePhoto() {
        tracePhoto.set(null);
    }

    private static BufferedImage fitted(BufferedImage image) {
        return SketchImages.toDrawing(image, Sketch.SIDE);
    }

    private void load(BufferedImage page) {
        sketch.replace(page);
        sketchChanged();
    }

    private void say(String text, boolean error) {
        translationErrorShown = false;
        messageIsError.set(error);
        message.set(text);
    }

    /**
     * Closes the model once the translation in flight is done and takes no more work. Safe from any thread (the
     * window's shutdown hook calls it); touches no UI state.
     */
    public void shutdown() {
        if (!closed.compareAndSet(false, true)) {
            return; // a model still opening is closed when it arrives
        }
        ImageTranslator open = translator;
        translator = null;
        runner.shutdown();
        if (open != null) {
            runner.runAfterCurrent(open::close);
        }
    }

    // ---- properties

    public ObservableList<InstalledModel> models() {
        return models;
    }

    public ObjectProperty<InstalledModel> selectedModelProperty() {
        return selectedModel;
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    /** Pen (or eraser) size in drawing pixels; each tool remembers its own. */
    public IntegerProperty penSizeProperty() {
        return penSize;
    }

    public ReadOnlyObjectProperty<Image> sketchImageProperty() {
        return sketchImage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> outputImageProperty() {
        return outputImage.getReadOnlyProperty();
    }

    /** The drawing as the model saw it for the output shown, enlarged to {@link #THUMBNAIL} px (null while none). */
    public ReadOnlyObjectProperty<Image> preparedImageProperty() {
        return preparedImage.getReadOnlyProperty();
    }

    /** What was done to the drawing before the model saw it, " · " between steps. */
    public ReadOnlyStringProperty preparedStepsProperty() {
        return preparedSteps.getReadOnlyProperty();
    }

    /** Why the drawing gives no output (the page is empty, the model refused it); empty when it does. */
    public ReadOnlyStringProperty inputProblemProperty() {
        return inputProblem.getReadOnlyProperty();
    }

    /** True when what is shown answers the drawing as it is now (no translation pending). */
    public ReadOnlyBooleanProperty upToDateProperty() {
        return upToDate.getReadOnlyProperty();
    }

    /** Show the output enlarged smoothly (true) or as the model's own pixels, as squares. */
    public BooleanProperty smoothProperty() {
        return smooth;
    }

    /** The photo under the page, fitted to it; null when none. */
    public ReadOnlyObjectProperty<Image> tracePhotoProperty() {
        return tracePhoto.getReadOnlyProperty();
    }

    /** How strongly the photo under the page shows, 0 to 1. */
    public DoubleProperty traceOpacityProperty() {
        return traceOpacity;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty modelOpenProperty() {
        return modelOpen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasExamplesProperty() {
        return hasExamples.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the message says something went wrong. */
    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** Why the chosen model gives no output (it failed to open or to translate); empty when it works. */
    public ReadOnlyStringProperty modelProblemProperty() {
        return modelProblem.getReadOnlyProperty();
    }

    /** "12 ms model · 15 ms to screen · median 14 ms" for the last output shown and the last 64. */
    public ReadOnlyStringProperty latencyProperty() {
        return latency.getReadOnlyProperty();
    }
}
