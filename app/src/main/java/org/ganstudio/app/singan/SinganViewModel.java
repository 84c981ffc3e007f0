package org.ganstudio.app.singan;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import org.ganstudio.app.common.FxImages;
import org.ganstudio.engine.api.MultiScaleSampler;
import org.ganstudio.engine.api.PyramidScale;

/**
 * The SinGAN studio's shared state: the open model's training picture and pyramid, the seed every tool uses, the
 * result shown (each tool keeps its last; the board shows the open tool's), the message line and the long work under
 * way with its progress and cancel. The tools ({@link SamplesTool}, {@link PaintTool}, {@link HarmonizeTool},
 * {@link EditTool}, {@link EnlargeTool}, {@link AnimationTool}) hold their own settings. UI thread only.
 */
public final class SinganViewModel {

    /** The studio's tools, in the order of its tabs. */
    public enum Tool { SAMPLES, PAINT, HARMONIZE, EDIT, ENLARGE, ANIMATION }

    private final SamplerSession session;
    private final Random seeds = new Random();
    private final LongProperty seed = new SimpleLongProperty(1);
    private final ReadOnlyObjectWrapper<BufferedImage> trainingPicture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> training = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper scaleCount = new ReadOnlyIntegerWrapper();
    private List<PyramidScale> scales = List.of();
    private final ObjectProperty<Tool> activeTool = new SimpleObjectProperty<>(Tool.SAMPLES);
    private final Map<Tool, ToolResult> results = new EnumMap<>(Tool.class);
    private final ReadOnlyObjectWrapper<ToolResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> resultImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> inputImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private AtomicBoolean cancel = new AtomicBoolean();
    private final SamplesTool samples;
    private final PaintTool paint;
    private final HarmonizeTool harmonize;
    private final EditTool edit;
    private final EnlargeTool enlarge;
    private final AnimationTool animation;

    /**
     * @param objectsFolder the shipped cut-outs to paste ({@link HarmonizeTool#shippedObjectsFolder()} in the app)
     */
    public SinganViewModel(SamplerSession session, Path objectsFolder) {
        this.session = session;
        samples = new SamplesTool(this);
        paint = new PaintTool(this);
        harmonize = new HarmonizeTool(this, objectsFolder);
        edit = new EditTool(this);
        enlarge = new EnlargeTool(this);
        animation = new AnimationTool(this);
        session.samplerProperty().addListener((obs, old, now) -> samplerChanged(now));
        activeTool.addListener((obs, old, now) -> showResultOf(now));
    }

    /** Each time the studio is shown: lists the models the first time. */
    public void activate() {
        session.activate();
    }

    private void samplerChanged(MultiScaleSampler s) {
        cancelWork();
        results.clear();
        showResultOf(activeTool.get());
        scales = s == null ? List.of() : List.copyOf(s.scales());
        BufferedImage picture = s == null ? null : SinganImages.copy(s.trainingImage());
        trainingPicture.set(picture);
        training.set(FxImages.toFx(picture));
        scaleCount.set(scales.size());
        say("", false);
        samples.modelChanged(s);
        paint.modelChanged(s);
        harmonize.modelChanged(s);
        edit.modelChanged(s);
        enlarge.modelChanged(s);
        animation.modelChanged(s);
    }

    // ---- what the tools share

    SamplerSession session() {
        return session;
    }

    MultiScaleSampler sampler() {
        return session.sampler();
    }

    /** A result of {@code tool}; shown at once when that tool is open. */
    void showResult(Tool tool, ToolResult r) {
        results.put(tool, r);
        if (tool == activeTool.get()) {
            showResultOf(tool);
        }
    }

    private void showResultOf(Tool tool) {
        ToolResult r = results.get(tool);
        result.set(r);
        resultImage.set(r == null ? null : FxImages.toFx(r.image()));
        inputImage.set(r == null ? null : FxImages.toFx(r.input()));
    }

    /** Starts long work: busy, its text, indeterminate progress; returns its cancel flag. */
    AtomicBoolean work(String what) {
        cancel.set(true);
        cancel = new AtomicBoolean();
        busy.set(true);
        busyText.set(what);
        progress.set(-1);
        return cancel;
    }

    void progress(AtomicBoolean of, double fraction) {
        if (of == cancel && busy.get()) {
            progress.set(fraction);
        }
    }

    /** Ends the long work {@code of}, unless other work replaced it. Returns true when it was the current work. */
    boolean done(AtomicBoolean of) {
        if (of != cancel) {
            return false;
        }
        busy.set(false);
        busyText.set("");
        progress.set(-1);
        return !of.get();
    }

    void say(String text, boolean error) {
        messageIsError.set(error);
        message.set(text);
    }

    List<PyramidScale> scales() {
        return scales;
    }

    // ---- actions

    /** Asks the long work under way to stop; what it made is dropped (an animation keeps its frames so far). */
    public void cancelWork() {
        boolean was = busy.get();
        cancel.set(true);
        busy.set(false);
        busyText.set("");
        progress.set(-1);
        if (was) {
            say("Cancelled.", false);
        }
    }

    /** A new random seed (every tool then uses it; the samples are drawn again). */
    public void newSeed() {
        seed.set(seeds.nextInt(1_000_000));
    }

    /** Uses the seed typed, when it is a number. */
    public void useSeed(String text) {
        try {
            seed.set(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            say("A seed is a whole number, such as 42.", true);
        }
    }

    /** Saves the result shown as a PNG, with its JSON (and mask and input PNGs) beside it. */
    public void saveResult(Path file) {
        ToolResult r = result.get();
        if (r == null) {
            say("Nothing to save yet.", true);
            return;
        }
        session.tasks().run(() -> ResultFiles.savePng(r, file),
                png -> say("Saved " + png.getFileName() + " and " + ResultFiles.provenanceFile(png).getFileName()
                        + (r.mask() == null ? "" : " with the mask") + " in " + png.getParent() + ".", false),
                error -> say(error, true));
    }

    public void shutdown() {
        cancelWork();
        samples.shutdown();
        paint.shutdown();
        harmonize.shutdown();
        edit.shutdown();
        animation.shutdown();
    }

    // ---- properties

    public SamplerSession samplerSession() {
        return session;
    }

    public SamplesTool samples() {
        return samples;
    }

    public PaintTool paint() {
        return paint;
    }

    public HarmonizeTool harmonize() {
        return harmonize;
    }

    public EditTool edit() {
        return edit;
    }

    public EnlargeTool enlarge() {
        return enlarge;
    }

    public AnimationTool animation() {
        return animation;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** The open model's training picture (null while none is open). */
    public ReadOnlyObjectProperty<Image> trainingProperty() {
        return training.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BufferedImage> trainingPictureProperty() {
        return trainingPicture.getReadOnlyProperty();
    }

    /** Scales of the open model's pyramid (0 while none is open). */
    public ReadOnlyIntegerProperty scaleCountProperty() {
        return scaleCount.getReadOnlyProperty();
    }

    public ObjectProperty<Tool> activeToolProperty() {
        return activeTool;
    }

    /** The open tool's last result; null while it has none. */
    public ReadOnlyObjectProperty<ToolResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> resultImageProperty() {
        return resultImage.getReadOnlyProperty();
    }

    /** What the model was given for the result shown (the painting, the pasted object, the edit); null if nothing. */
    public ReadOnlyObjectProperty<Image> inputImageProperty() {
        return inputImage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    /** The long work's progress, 0 to 1, or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** An IntegerProperty's value clamped to the scales 'from' to the last. */
    int clampScale(IntegerProperty scale, int from) {
        return Math.max(from, Math.min(scaleCount.get() - 1, scale.get()));
    }
}
