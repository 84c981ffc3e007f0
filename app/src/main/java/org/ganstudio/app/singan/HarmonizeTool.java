package org.ganstudio.app.singan;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.common.FxImages;
import org.ganstudio.app.common.LatestOnlyRunner;
import org.ganstudio.engine.api.Images;
import org.ganstudio.engine.api.MultiScaleSampler;
import org.ganstudio.engine.api.StudioException;

/**
 * Harmonization (the paper's Fig. 10): an object (a PNG with transparency, from a file or the shipped cut-outs) is
 * pasted on the training picture, moved by dragging and scaled; its opaque pixels become the mask, and the picture is
 * injected at a chosen scale so the object takes on the picture's look. The composite is the "before". For a photo
 * without transparency (or to correct one) the person brushes the mask over the object instead ({@link BrushedMask}).
 */
public final class HarmonizeTool {

    record Harmonized(MultiScaleSampler sampler, ToolResult result) {}

    /** What dragging on the picture does. */
    public enum Drag { MOVE, BRUSH, ERASE }

    /** The longer side an object is kept at once read. */
    static final int OBJECT_SIDE = 512;

    /** The alpha of the left-out part of an object in the preview while a mask is brushed. */
    private static final int LEFT_OUT_SHOWN = 70;

    private final SinganViewModel studio;
    private final Path objectsFolder;
    private final LatestOnlyRunner<Harmonized> runner;
    private final ObservableList<Path> shipped = FXCollections.observableArrayList();
    private final ObjectProperty<Path> chosenObject = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<BufferedImage> object = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty x = new SimpleDoubleProperty();
    private final DoubleProperty y = new SimpleDoubleProperty();
    /** The object's height as a share of the picture's. */
    private final DoubleProperty size = new SimpleDoubleProperty(0.4);
    private final IntegerProperty scale = new SimpleIntegerProperty(1);
    private final ReadOnlyObjectWrapper<Image> composite = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Drag> drag = new SimpleObjectProperty<>(Drag.MOVE);
    /** The brush's radius in picture pixels. */
    private final DoubleProperty brushRadius = new SimpleDoubleProperty(6);
    private final ReadOnlyObjectWrapper<BrushedMask> brushed = new ReadOnlyObjectWrapper<>();
    private final BackgroundTasks files;
    private boolean listed;

    HarmonizeTool(SinganViewModel studio, Path objectsFolder) {
        this.studio = studio;
        this.objectsFolder = objectsFolder;
        this.files = studio.session().tasks();
        runner = studio.session().runner(this::shown, error -> studio.say(error, true));
        chosenObject.addListener((obs, old, now) -> {
            if (now != null) {
                loadObject(now);
            }
        });
        x.addListener((obs, old, now) -> compose());
        y.addListener((obs, old, now) -> compose());
        size.addListener((obs, old, now) -> compose());
        object.addListener((obs, old, now) -> {
            brushed.set(null);
            compose();
        });
    }

    /** {@code <studio.home>/assets/singan/objects}, or under the working folder when studio.home is not set. */
    public static Path shippedObjectsFolder() {
        String home = System.getProperty("studio.home");
        return Path.of(home == null || home.isBlank() ? "." : home, "assets", "singan", "objects");
    }

    void modelChanged(MultiScaleSampler s) {
        runner.discardPending();
        BufferedImage t = studio.trainingPictureProperty().get();
        if (t != null) {
            x.set(t.getWidth() / 2.0);
            y.set(t.getHeight() / 2.0);
            // one scale below the finest: the object keeps its shape and takes the picture's colours and texture
            // (lower scales redraw it away, as the paper's harmonization examples show)
            scale.set(Math.max(1, s.scales().size() - 2));
        }
        if (!listed) {
            listed = true;
            listShipped();
        }
        compose();
    }

    private void listShipped() {
        files.run(() -> {
            if (!Files.isDirectory(objectsFolder)) {
                return List.<Path>of();
            }
            try (Stream<Path> found = Files.list(objectsFolder)) {
                return found.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png"))
                        .sorted().toList();
            }
            catch (IOException e) {
                return List.<Path>of();
            }
        }, found -> {
            List<Path> opened = shipped.stream().filter(p -> !found.contains(p)).toList();
            shipped.setAll(found);
            shipped.addAll(opened);
            if (chosenObject.get() == null && object.get() == null && !found.isEmpty()) {
                chosenObject.set(found.get(0));
            }
        }, error -> studio.say(error, true));
    }

    /** A file chosen by the person: it joins the list (so the choice shows its name) and is loaded. */
    public void openObject(Path file) {
        if (!shipped.contains(file)) {
            shipped.add(file);
        }
        chosenObject.set(file);
    }

    /** Reads an object to paste, keeping its transparency; a file that is not a picture says why. */
    public void loadObject(Path file) {
        files.run(() -> readObject(file), read -> {
            object.set(read);
            studio.say("", false);
        }, error -> studio.say(error, true));
    }

    static BufferedImage readObject(Path file) {
        BufferedImage read = null;
        try {
            read = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            // the engine's decoder below says why in words
        }
        if (read == null) {
            read = Images.decode(file); // throws the engine's sentence for a file that is not a usable picture
        }
        if (read.getWidth() < 2 || read.getHeight() < 2) {
            throw new StudioException("Cannot use " + file.getFileName() + ": the picture is too small to paste.");
        }
        // at most OBJECT_SIDE on its longer side: it is pasted smaller than the picture anyway, and the mask brush and
        // the preview redo per-pixel work on it at every drag
        double shrink = Math.min(1, (double) OBJECT_SIDE / Math.max(read.getWidth(), read.getHeight()));
        int w = Math.max(2, (int) Math.round(read.getWidth() * shrink));
        int h = Math.max(2, (int) Math.round(read.getHeight() * shrink));
        BufferedImage argb = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        var g = argb.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(read, 0, 0, w, h, null);
        g.dispose();
        return argb;
    }

    /** Moves the object's centre to (x, y), in picture pixels. */
    public void moveTo(double px, double py) {
        BufferedImage t = studio.trainingPictureProperty().get();
        if (t == null) {
            return;
        }
        x.set(Math.max(0, Math.min(t.getWidth(), px)));
        y.set(Math.max(0, Math.min(t.getHeight(), py)));
    }

    /** A press or drag on the picture at (x, y), picture pixels: moves the object or brushes its mask. */
    public void dragAt(double px, double py) {
        if (drag.get() == Drag.MOVE) {
            moveTo(px, py);
            return;
        }
        BufferedImage o = object.get();
        if (o == null || studio.trainingPictureProperty().get() == null) {
            return;
        }
        if (brushed.get() == null) {
            brushed.set(BrushedMask.startingFrom(o));
        }
        Rectangle where = placement();
        double perPixel = (double) o.getWidth() / where.width;
        brushed.get().paint((px - where.x) * perPixel, (py - where.y) * perPixel, brushRadius.get() * perPixel,
                drag.get() == Drag.BRUSH);
        compose();
    }

    /** Forgets the brushed mask: the object's own transparency is the mask again. */
    public void resetMask() {
        brushed.set(null);
        compose();
    }

    /** The object as pasted: through the brushed mask when there is one ({@code leftOut} alpha outside it). */
    private BufferedImage objectToPaste(int leftOut) {
        return brushed.get() == null ? object.get() : brushed.get().applyTo(object.get(), leftOut);
    }

    private Rectangle placement() {
        BufferedImage t = studio.trainingPictureProperty().get();
        return SinganImages.placement(object.get(), x.get(), y.get(), size.get() * t.getHeight());
    }

    private void compose() {
        BufferedImage t = studio.trainingPictureProperty().get();
        if (t == null) {
            composite.set(null);
            return;
        }
        composite.set(FxImages.toFx(object.get() == null ? t
                : SinganImages.paste(t, objectToPaste(LEFT_OUT_SHOWN), placement())));
    }

    /** Injects the picture with the object at the chosen scale, the object's shape as the mask. */
    public void harmonize() {
        MultiScaleSampler s = studio.sampler();
        BufferedImage t = studio.trainingPictureProperty().get();
        if (s == null || t == null || s.scales().size() < 2) {
            return;
        }
        if (object.get() == null) {
            studio.say("Choose an object to paste first.", true);
            return;
        }
        if (brushed.get() != null && brushed.get().isEmpty()) {
            studio.say("The brushed mask is empty: brush over the part of the object to paste, or reset the mask.",
                    true);
            return;
        }
        Rectangle where = placement();
        BufferedImage pasted = objectToPaste(0);
        BufferedImage before = SinganImages.paste(t, pasted, where);
        BufferedImage mask = SinganImages.objectMask(t, pasted, where);
        int at = studio.clampScale(scale, 1);
        long seed = studio.seedProperty().get();
        String name = chosenObject.get() == null ? "" : String.valueOf(chosenObject.get().getFileName());
        runner.submit(() -> new Harmonized(s, new ToolResult(s.inject(before, mask, at, seed), "harmonization",
                s.modelId(), List.of(at), List.of(seed), before, mask, Map.of("object", name, "x", where.x, "y",
                        where.y, "objectWidth", where.width, "objectHeight", where.height, "objectMask",
                        brushed.get() == null ? "transparency" : "brushed"))));
    }

    private void shown(Harmonized made) {
        if (studio.session().isCurrent(made.sampler())) {
            studio.showResult(SinganViewModel.Tool.HARMONIZE, made.result());
        }
    }

    void shutdown() {
        runner.shutdown();
    }

    public ObservableList<Path> shippedObjects() {
        return shipped;
    }

    /** The shipped cut-out chosen (or a file opened); setting it loads it. */
    public ObjectProperty<Path> chosenObjectProperty() {
        return chosenObject;
    }

    public ReadOnlyObjectProperty<BufferedImage> objectProperty() {
        return object.getReadOnlyProperty();
    }

    public DoubleProperty xProperty() {
        return x;
    }

    public DoubleProperty yProperty() {
        return y;
    }

    /** The object's height as a share of the picture's height, 0.05 to 1. */
    public DoubleProperty sizeProperty() {
        return size;
    }

    public ObjectProperty<Drag> dragProperty() {
        return drag;
    }

    /** The brush's radius in picture pixels, 1 to 40. */
    public DoubleProperty brushRadiusProperty() {
        return brushRadius;
    }

    /** The mask brushed over the object, or null while its own transparency is the mask. */
    ReadOnlyObjectProperty<BrushedMask> brushedMaskProperty() {
        return brushed.getReadOnlyProperty();
    }

    public IntegerProperty scaleProperty() {
        return scale;
    }

    /** The training picture with the object pasted, as it would be harmonized. */
    public ReadOnlyObjectProperty<Image> compositeProperty() {
        return composite.getReadOnlyProperty();
    }
}
