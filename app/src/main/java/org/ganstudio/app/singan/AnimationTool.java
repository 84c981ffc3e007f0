package org.ganstudio.app.singan;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.image.Image;
import javafx.util.Duration;
import org.ganstudio.app.common.CoalescedUpdates;
import org.ganstudio.app.common.FxImages;
import org.ganstudio.app.common.PictureFiles;
import org.ganstudio.engine.api.MultiScaleSampler;

/**
 * Animation (the paper's Fig. 13): a looping random walk of the noise at one scale. "Animate" makes the frames as long
 * work (progress counts the frames, Cancel keeps those made); the preview plays them in the view; "Export GIF" writes
 * them as a looping animated GIF with its JSON beside it, making them first when the settings changed.
 */
public final class AnimationTool {

    public static final int DELAY_MILLIS = 100;

    /** Frames made, with the settings they were made with. */
    record Frames(MultiScaleSampler sampler, int scale, double step, long seed, List<BufferedImage> pictures) {}

    private final SinganViewModel studio;
    private final IntegerProperty frames = new SimpleIntegerProperty(16);
    private final IntegerProperty scale = new SimpleIntegerProperty(1);
    private final DoubleProperty step = new SimpleDoubleProperty(0.2);
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Image> frame = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper frameCount = new ReadOnlyIntegerWrapper();
    private Timeline timeline; // made on first play: a Timeline needs the FX toolkit
    private List<Image> shownFrames = List.of();
    private Frames made;
    private int at;

    AnimationTool(SinganViewModel studio) {
        this.studio = studio;
        playing.addListener((obs, old, now) -> {
            if (now && !shownFrames.isEmpty()) {
                if (timeline == null) {
                    timeline = new Timeline(new KeyFrame(Duration.millis(DELAY_MILLIS), e -> nextFrame()));
                    timeline.setCycleCount(Animation.INDEFINITE);
                }
                timeline.play();
            } else if (timeline != null) {
                timeline.stop();
            }
        });
    }

    void modelChanged(MultiScaleSampler s) {
        playing.set(false);
        made = null;
        shownFrames = List.of();
        frame.set(null);
        frameCount.set(0);
        if (s != null) {
            scale.set(Math.max(0, Math.min(s.scales().size() - 1, scale.get())));
        }
    }

    private void nextFrame() {
        if (shownFrames.isEmpty()) {
            return;
        }
        at = (at + 1) % shownFrames.size();
        frame.set(shownFrames.get(at));
    }

    /** Makes the frames and plays them. */
    public void animate() {
        make(null);
    }

    /** Writes the frames as a looping GIF (and its JSON); makes them first unless those shown match the settings. */
    public void exportGif(Path file) {
        MultiScaleSampler s = studio.sampler();
        if (s == null) {
            return;
        }
        if (made != null && made.sampler() == s && made.scale() == scale.get() && made.step() == step.get()
                && made.seed() == studio.seedProperty().get() && made.pictures().size() == frames.get()) {
            write(made, file);
        } else {
            make(file);
        }
    }

    private void make(Path thenWrite) {
        MultiScaleSampler s = studio.sampler();
        if (s == null) {
            return;
        }
        int n = Math.max(2, frames.get());
        int sc = studio.clampScale(scale, 0);
        double st = step.get();
        long seed = studio.seedProperty().get();
        playing.set(false);
        AtomicBoolean cancelled = studio.work("Animating " + n + " frames\u2026");
        CoalescedUpdates<Double> progress = new CoalescedUpdates<>(studio.session().ui(),
                done -> studio.progress(cancelled, done));
        studio.session().tasks().run(() -> {
            AtomicInteger polls = new AtomicInteger();
            BooleanSupplier stop = () -> { // polled between frames: each poll is a frame done
                progress.offer(Math.min(1.0, polls.incrementAndGet() / (double) n));
                return cancelled.get();
            };
            List<BufferedImage> pictures = new ArrayList<>(s.animate(n, sc, st, seed, stop));
            if (thenWrite != null && !cancelled.get()) {
                writeFiles(new Frames(s, sc, st, seed, pictures), thenWrite);
            }
            return new Frames(s, sc, st, seed, pictures);
        }, result -> {
            boolean complete = studio.done(cancelled);
            if (!studio.session().isCurrent(s) || result.pictures().isEmpty()) {
                return;
            }
            show(result);
            if (thenWrite != null && complete) {
                studio.say("Saved " + thenWrite.getFileName() + " (" + result.pictures().size() + " frames) and "
                        + ResultFiles.provenanceFile(thenWrite).getFileName() + ".", false);
            } else if (!complete) {
                studio.say("Stopped: " + result.pictures().size() + " frames made; nothing was exported.", false);
            }
        }, error -> {
            studio.done(cancelled);
            studio.say(error, true);
        });
    }

    private void show(Frames f) {
        made = f;
        shownFrames = f.pictures().stream().map(FxImages::toFx).toList();
        frameCount.set(shownFrames.size());
        at = 0;
        frame.set(shownFrames.get(0));
        studio.showResult(SinganViewModel.Tool.ANIMATION, result(f));
        playing.set(true);
    }

    private static ToolResult result(Frames f) {
        return new ToolResult(f.pictures().get(0), "animation", f.sampler().modelId(), List.of(f.scale()),
                List.of(f.seed()), null, null, Map.of("frames", f.pictures().size(), "step", f.step(),
                        "frameMillis", DELAY_MILLIS));
    }

    private void write(Frames f, Path file) {
        AtomicBoolean cancelled = studio.work("Writing " + file.getFileName() + "\u2026");
        studio.session().tasks().run(() -> {
            writeFiles(f, file);
            return file;
        }, written -> {
            if (studio.done(cancelled)) {
                studio.say("Saved " + written.getFileName() + " (" + f.pictures().size() + " frames) and "
                        + ResultFiles.provenanceFile(written).getFileName() + ".", false);
            }
        }, error -> {
            studio.done(cancelled);
            studio.say(error, true);
        });
    }

    private static void writeFiles(Frames f, Path file) {
        PictureFiles.writeGif(f.pictures(), DELAY_MILLIS, file);
        ResultFiles.writeProvenance(result(f), file, Map.of("format", "gif"));
    }

    void shutdown() {
        playing.set(false);
    }

    public IntegerProperty framesProperty() {
        return frames;
    }

    public IntegerProperty scaleProperty() {
        return scale;
    }

    /** How far the noise moves between frames, 0 to 1. */
    public DoubleProperty stepProperty() {
        return step;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** The frame the preview shows now. */
    public ReadOnlyObjectProperty<Image> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty frameCountProperty() {
        return frameCount.getReadOnlyProperty();
    }
}
