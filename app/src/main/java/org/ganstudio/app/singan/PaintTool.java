package org.ganstudio.app.singan;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.ganstudio.app.common.FxImages;
import org.ganstudio.app.common.LatestOnlyRunner;
import org.ganstudio.engine.api.MultiScaleSampler;

/**
 * Paint-to-image (the paper's Fig. 9): a person paints coarse colour over the training picture; the painting is
 * injected at a coarse scale and the finer generators turn it into the picture's texture. Each finished stroke, a new
 * scale or seed draws again (newest wins); "grid across scales" makes one result per injection scale.
 */
public final class PaintTool {

    record Injected(MultiScaleSampler sampler, ToolResult result) {}

    private final SinganViewModel studio;
    private final LatestOnlyRunner<Injected> runner;
    private final ObjectProperty<Color> colour = new SimpleObjectProperty<>(Color.rgb(40, 90, 200));
    private final DoubleProperty brushSize = new SimpleDoubleProperty(12);
    private final BooleanProperty eyedropper = new SimpleBooleanProperty();
    private final IntegerProperty scale = new SimpleIntegerProperty(1);
    private final ReadOnlyObjectWrapper<Image> painting = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private Painting canvas;
    private double lastX;
    private double lastY;

    PaintTool(SinganViewModel studio) {
        this.studio = studio;
        runner = studio.session().runner(this::shown, error -> studio.say(error, true));
        scale.addListener((obs, old, now) -> render());
        studio.seedProperty().addListener((obs, old, now) -> render());
    }

    void modelChanged(MultiScaleSampler s) {
        runner.discardPending();
        BufferedImage t = studio.trainingPictureProperty().get();
        canvas = t == null ? null : new Painting(t);
        if (s != null) {
            scale.set(Math.max(1, Math.min(s.scales().size() - 1, scale.get())));
        }
        changed();
        render(); // the unpainted picture's result, to compare strokes with
    }

    // ---- painting, in picture pixels

    /** The mouse went down at (x, y): the eyedropper picks the colour there, else a stroke starts with a dot. */
    public void press(double x, double y) {
        if (canvas == null) {
            return;
        }
        if (eyedropper.get()) {
            java.awt.Color c = canvas.groundColour((int) x, (int) y);
            colour.set(Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
            eyedropper.set(false);
            return;
        }
        canvas.beginStroke();
        lastX = x;
        lastY = y;
        canvas.line(x, y, x, y, awt(colour.get()), brushSize.get());
        changed();
    }

    public void drag(double x, double y) {
        if (canvas == null || eyedropper.get()) {
            return;
        }
        canvas.line(lastX, lastY, x, y, awt(colour.get()), brushSize.get());
        lastX = x;
        lastY = y;
        changed();
    }

    /** The stroke ends: the painting goes to the model. */
    public void release() {
        render();
    }

    public void undo() {
        if (canvas != null && canvas.undo()) {
            changed();
            render();
        }
    }

    /** Starts from a blank page in the brush's colour instead of the picture (the paper paints layouts this way). */
    public void fillWithColour() {
        if (canvas != null) {
            canvas.fill(awt(colour.get()));
            changed();
            render();
        }
    }

    public void clear() {
        if (canvas != null) {
            canvas.clear();
            changed();
            render();
        }
    }

    private void changed() {
        painting.set(canvas == null ? null : FxImages.toFx(canvas.snapshot()));
        canUndo.set(canvas != null && canvas.canUndo());
    }

    private static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
    }

    // ---- the model

    /** Injects the painting at the chosen scale (newest wins). */
    public void render() {
        MultiScaleSampler s = studio.sampler();
        if (s == null || canvas == null || s.scales().size() < 2) {
            return;
        }
        BufferedImage picture = canvas.snapshot();
        int at = studio.clampScale(scale, 1);
        long seed = studio.seedProperty().get();
        runner.submit(() -> new Injected(s, new ToolResult(s.inject(picture, null, at, seed), "paint-to-image",
                s.modelId(), List.of(at), List.of(seed), picture, null, Map.of())));
    }

    /** One result per injection scale, 1 to the finest, as a labelled grid; long work with progress and cancel. */
    public void gridAcrossScales() {
        MultiScaleSampler s = studio.sampler();
        if (s == null || canvas == null || s.scales().size() < 2) {
            return;
        }
        BufferedImage picture = canvas.snapshot();
        long seed = studio.seedProperty().get();
        int last = s.scales().size() - 1;
        AtomicBoolean cancelled = studio.work("Painting at each scale\u2026");
        studio.session().tasks().run(() -> {
            List<BufferedImage> results = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            List<Integer> used = new ArrayList<>();
            for (int at = 1; at <= last && !cancelled.get(); at++) {
                results.add(s.inject(picture, null, at, seed));
                labels.add("scale " + at);
                used.add(at);
                double done = at / (double) last;
                studio.session().tasks().onUi(() -> studio.progress(cancelled, done));
            }
            if (cancelled.get()) {
                return null;
            }
            BufferedImage sheet = SinganImages.grid(results, labels, Math.min(3, results.size()),
                    Math.min(picture.getHeight(), 150));
            return new Injected(s, new ToolResult(sheet, "paint-to-image-grid", s.modelId(), used, List.of(seed),
                    picture, null, Map.of()));
        }, made -> {
            if (studio.done(cancelled) && made != null) {
                shown(made);
                studio.say("One result per injection scale: coarse scales follow the painting's layout, fine ones "
                        + "keep its colours.", false);
            }
        }, error -> {
            studio.done(cancelled);
            studio.say(error, true);
        });
    }

    private void shown(Injected made) {
        if (studio.session().isCurrent(made.sampler())) {
            studio.showResult(SinganViewModel.Tool.PAINT, made.result());
        }
    }

    void shutdown() {
        runner.shutdown();
    }

    boolean isIdle() {
        return runner.isIdle();
    }

    BufferedImage paintingNow() {
        return canvas == null ? null : canvas.snapshot();
    }

    public ObjectProperty<Color> colourProperty() {
        return colour;
    }

    /** Brush diameter in picture pixels. */
    public DoubleProperty brushSizeProperty() {
        return brushSize;
    }

    /** True while the next click picks a colour from the training picture. */
    public BooleanProperty eyedropperProperty() {
        return eyedropper;
    }

    /** Where the painting is injected, 1 to the finest scale. */
    public IntegerProperty scaleProperty() {
        return scale;
    }

    public ReadOnlyObjectProperty<Image> paintingProperty() {
        return painting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
