package org.ganstudio.app.singan;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.image.Image;
import org.ganstudio.app.common.FxImages;
import org.ganstudio.app.common.LatestOnlyRunner;
import org.ganstudio.engine.api.MultiScaleSampler;

/**
 * Editing (the paper's Fig. 11): a rectangle of the training picture is selected and moved or copied elsewhere; the
 * mask is the region it now covers (and, for a move, the place it left); the edited picture is injected at a chosen
 * scale with that mask, so the seams disappear. Coordinates are picture pixels.
 */
public final class EditTool {

    record Edited(MultiScaleSampler sampler, ToolResult result) {}

    private final SinganViewModel studio;
    private final LatestOnlyRunner<Edited> runner;
    private final ReadOnlyObjectWrapper<Rectangle> selection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Rectangle> target = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty copy = new SimpleBooleanProperty(false);
    private final IntegerProperty scale = new SimpleIntegerProperty(1);
    private final ReadOnlyObjectWrapper<Image> edited = new ReadOnlyObjectWrapper<>();
    private double pressX;
    private double pressY;
    private Rectangle targetAtPress;

    EditTool(SinganViewModel studio) {
        this.studio = studio;
        runner = studio.session().runner(this::shown, error -> studio.say(error, true));
        copy.addListener((obs, old, now) -> compose());
    }

    void modelChanged(MultiScaleSampler s) {
        runner.discardPending();
        selection.set(null);
        target.set(null);
        if (s != null) {
            scale.set(Math.max(1, Math.min(s.scales().size() - 1, Math.max(scale.get(), s.scales().size() / 2))));
        }
        compose();
    }

    /**
     * The mouse went down at (x, y): inside the moved region it picks the region up; elsewhere a new selection
     * starts there.
     */
    public void press(double x, double y) {
        pressX = x;
        pressY = y;
        Rectangle t = target.get();
        if (t != null && t.contains(x, y)) {
            targetAtPress = new Rectangle(t);
        } else {
            targetAtPress = null;
            selection.set(null);
            target.set(null);
            compose();
        }
    }

    /** Drags the region picked up, or stretches the new selection. */
    public void drag(double x, double y) {
        BufferedImage picture = studio.trainingPictureProperty().get();
        if (picture == null) {
            return;
        }
        if (targetAtPress != null) {
            Rectangle moved = new Rectangle(targetAtPress);
            moved.translate((int) Math.round(x - pressX), (int) Math.round(y - pressY));
            target.set(moved);
        } else {
            int x0 = clamp(Math.min(pressX, x), picture.getWidth());
            int y0 = clamp(Math.min(pressY, y), picture.getHeight());
            int x1 = clamp(Math.max(pressX, x), picture.getWidth());
            int y1 = clamp(Math.max(pressY, y), picture.getHeight());
            Rectangle r = new Rectangle(x0, y0, x1 - x0, y1 - y0);
            selection.set(r);
            target.set(new Rectangle(r));
        }
        compose();
    }

    private static int clamp(double v, int max) {
        return (int) Math.round(Math.max(0, Math.min(max, v)));
    }

    /** Selects a region and moves (or copies) it by (dx, dy) in one go, for tests and keyboard use. */
    public void moveRegion(Rectangle from, int dx, int dy) {
        selection.set(new Rectangle(from));
        Rectangle to = new Rectangle(from);
        to.translate(dx, dy);
        target.set(to);
        compose();
    }

    private boolean hasEdit() {
        Rectangle s = selection.get();
        Rectangle t = target.get();
        return s != null && t != null && s.width > 1 && s.height > 1 && !s.getLocation().equals(t.getLocation());
    }

    private BufferedImage editedPicture() {
        BufferedImage picture = studio.trainingPictureProperty().get();
        return hasEdit() ? SinganImages.moveRegion(picture, selection.get(), target.get(), !copy.get()) : picture;
    }

    private BufferedImage mask() {
        BufferedImage picture = studio.trainingPictureProperty().get();
        return copy.get() ? SinganImages.rectangleMask(picture, target.get())
                : SinganImages.rectangleMask(picture, target.get(), selection.get());
    }

    private void compose() {
        BufferedImage picture = studio.trainingPictureProperty().get();
        edited.set(picture == null ? null : FxImages.toFx(editedPicture()));
    }

    /** Injects the edited picture at the chosen scale, regenerating only under the mask. */
    public void apply() {
        MultiScaleSampler s = studio.sampler();
        if (s == null || s.scales().size() < 2) {
            return;
        }
        if (!hasEdit()) {
            studio.say("Drag over the picture to select a region, then drag the region somewhere else.", true);
            return;
        }
        BufferedImage picture = editedPicture();
        BufferedImage mask = mask();
        int at = studio.clampScale(scale, 1);
        long seed = studio.seedProperty().get();
        Rectangle from = selection.get();
        Rectangle to = target.get();
        runner.submit(() -> new Edited(s, new ToolResult(s.inject(picture, mask, at, seed), "editing", s.modelId(),
                List.of(at), List.of(seed), picture, mask, Map.of("mode", copy.get() ? "copy" : "move", "from",
                        List.of(from.x, from.y, from.width, from.height), "to", List.of(to.x, to.y)))));
    }

    private void shown(Edited made) {
        if (studio.session().isCurrent(made.sampler())) {
            studio.showResult(SinganViewModel.Tool.EDIT, made.result());
        }
    }

    void shutdown() {
        runner.shutdown();
    }

    /** The region selected, in picture pixels; null while none. */
    public ReadOnlyObjectProperty<Rectangle> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** Where the region goes; null while none is selected. */
    public ReadOnlyObjectProperty<Rectangle> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** True to copy the region (the original stays), false to move it (the place it left is filled in). */
    public BooleanProperty copyProperty() {
        return copy;
    }

    public IntegerProperty scaleProperty() {
        return scale;
    }

    /** The training picture with the region moved, before the model. */
    public ReadOnlyObjectProperty<Image> editedProperty() {
        return edited.getReadOnlyProperty();
    }
}
