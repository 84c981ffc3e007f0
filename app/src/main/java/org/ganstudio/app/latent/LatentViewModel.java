package org.ganstudio.app.latent;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.image.Image;
import javafx.util.Duration;
import org.ganstudio.app.common.CoalescedUpdates;
import org.ganstudio.app.common.FxImages;
import org.ganstudio.app.common.LatencyLog;
import org.ganstudio.app.common.LatestOnlyRunner;
import org.ganstudio.engine.api.FeatureMask;
import org.ganstudio.engine.api.FeatureMaps;
import org.ganstudio.engine.api.GeneratorLayer;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.Images;
import org.ganstudio.engine.api.InstalledModel;
import org.ganstudio.engine.api.LatentBookmark;
import org.ganstudio.engine.api.Latents;
import org.ganstudio.engine.api.NearestImage;
import org.ganstudio.engine.api.Projection;
import org.ganstudio.engine.api.StudioException;

/**
 * The Latent studio's state and actions. The current latent is a base (a random sample, a candidate, a bookmark,
 * or a point between A and B) plus each direction slider's offset. Every change asks for a render (the image with
 * the feature mask, the image without it when maps are off, and the chosen layer's maps); a {@link LatestOnlyRunner}
 * on the session's generator thread computes them, keeping only the newest, so a drag never queues stale frames.
 * All methods are called on the UI thread.
 */
public final class LatentViewModel {

    /** Side the current sample is enlarged to. */
    public static final int SHOWN = 320;
    /** Side of candidate, A/B and bookmark thumbnails. */
    public static final int THUMB = 72;
    /** Side each feature map tile is enlarged to. */
    public static final int TILE = 40;
    public static final int CANDIDATES = 8;
    public static final int PRINCIPAL_COUNT = 6;
    public static final int PRINCIPAL_SAMPLES = 512;
    /** Maps "Suggest maps" switches off. */
    public static final int SUGGESTED_MAPS = 8;
    /** Frames of an exported strip. */
    public static final int STRIP_FRAMES = 8;
    /** Optimisation steps of "Find an image's latent". */
    public static final int PROJECTION_STEPS = 200;
    /** Training images shown nearest to the sample. */
    public static final int NEAREST = 5;
    static final double WALK_STEP = 0.35;
    static final int GIF_DELAY_MILLIS = 120;

    /** How the point between A and B is found. */
    public enum Interpolation {
        LERP("Linear"), SLERP("Spherical");

        private final String label;

        Interpolation(String label) {
            this.label = label;
        }

        /** The point at t; exactly A at 0 and exactly B at 1 (slerp's rounding would miss them by an ulp). */
        public float[] between(float[] a, float[] b, double t) {
            if (t <= 0) {
                return a.clone();
            }
            if (t >= 1) {
                return b.clone();
            }
            return this == LERP ? Latents.lerp(a, b, t) : Latents.slerp(a, b, t);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A strip to export. */
    public enum StripKind { INTERPOLATION, RANDOM_WALK }

    /** A random sample offered beside the current one. */
    public record Candidate(long seed, float[] latent, Image image) {}

    /** A training image near the sample, enlarged to {@link #THUMB} px; distance per pixel in [0, 1]. */
    public record Neighbour(Path file, Image image, double distance) {}

    /** What one render computed, for the change asked at {@code requestedNanos}. */
    record Render(long revision, ImageGenerator generator, float[] latent, BufferedImage image, BufferedImage shown,
            BufferedImage before, FeatureMaps maps, List<Image> tiles, long requestedNanos) {}

    private final GeneratorSession session;
    private final LatestOnlyRunner<Render> runner;
    private final Random seeds = new Random();

    private float[] base;
    private final ObservableList<DirectionSlider> sliders = FXCollections.observableArrayList();
    private final ObjectProperty<FeatureMask> mask = new SimpleObjectProperty<>(FeatureMask.NONE);
    private final ReadOnlyObjectWrapper<Long> seed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> before = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<float[]> a = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<float[]> b = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> aImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> bImage = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty t = new SimpleDoubleProperty(0);
    private final ObjectProperty<Interpolation> interpolation = new SimpleObjectProperty<>(Interpolation.SLERP);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private Timeline timeline;
    private double playStep = 0.02;
    private final List<float[]> withMarks = new ArrayList<>();
    private final List<float[]> withoutMarks = new ArrayList<>();
    private final ReadOnlyIntegerWrapper withCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper withoutCount = new ReadOnlyIntegerWrapper();
    private final ObservableList<GeneratorLayer> layers = FXCollections.observableArrayList();
    private final ObjectProperty<GeneratorLayer> selectedLayer = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<FeatureMaps> maps = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Image>> tileImages = new ReadOnlyObjectWrapper<>(List.of());
    private final BooleanProperty mapsShown = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper findingDirections = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper upToDate = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final FilteredList<LatentBookmark> modelBookmarks;
    private final ReadOnlyObjectWrapper<Image> projectedTarget = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> projectedFound = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper projectionSummary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Path> nearestFolder = new SimpleObjectProperty<>();
    private final ObservableList<Neighbour> nearest = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Image> nearestQuery = new ReadOnlyObjectWrapper<>();
    private final LatencyLog latencies = new LatencyLog();
    private final ReadOnlyStringWrapper latency = new ReadOnlyStringWrapper("");
    /** Runs its argument once the frame showing a new image is laid out (the view hooks the scene's pulse). */
    private Consumer<Runnable> afterFrame = Runnable::run;
    /** True until the first image of the open model is on screen (a warm-up, not counted). */
    private boolean warmingUp = true;
    private AtomicBoolean cancel = new AtomicBoolean();
    private Render shown;
    private long revision;
    /** True while several values change as one (no render for each). */
    private boolean quiet;
    private boolean activated;
    /** True once the open generator's first sample, candidates, layers and directions were asked for. */
    private boolean loaded;

    public LatentViewModel(GeneratorSession session) {
        this.session = session;
        this.runner = session.runner(this::show, this::renderFailed);
        modelBookmarks = new FilteredList<>(session.bookmarks(), bm -> false);
        session.generatorProperty().addListener((obs, old, now) -> generatorChanged(now));
        mask.addListener((obs, old, now) -> requestRender());
        mapsShown.addListener((obs, old, now) -> {
            if (now) {
                requestRender();
            }
        });
        selectedLayer.addListener((obs, old, now) -> {
            maps.set(null);
            requestRender();
        });
        t.addListener((obs, old, now) -> interpolate());
        interpolation.addListener((obs, old, now) -> interpolate());
        playing.addListener((obs, old, now) -> play(now));
        if (session.generator() != null) {
            generatorChanged(session.generator());
        }
    }

    /**
     * Each time the studio is shown: lists the models the first time, and fills the studio for a model opened while
     * it was hidden (nothing is drawn or computed for a studio never shown).
     */
    public void activate() {
        activated = true;
        session.activate();
        ImageGenerator g = session.generator();
        if (g != null && !loaded) {
            load(g);
        }
    }

    public GeneratorSession session() {
        return session;
    }

    // ---- the model

    private void generatorChanged(ImageGenerator g) {
        playing.set(false);
        runner.discardPending();
        cancel.set(true);
        quiet = true;
        loaded = false;
        base = null;
        shown = null;
        image.set(null);
        before.set(null);
        maps.set(null);
        candidates.clear();
        sliders.clear();
        a.set(null);
        b.set(null);
        aImage.set(null);
        bImage.set(null);
        withMarks.clear();
        withoutMarks.clear();
        countMarks();
        mask.set(FeatureMask.NONE);
        layers.clear();
        selectedLayer.set(null);
        projectedTarget.set(null);
        projectedFound.set(null);
        projectionSummary.set("");
        nearest.clear();
        nearestQuery.set(null);
        latencies.clear();
        latency.set("");
        warmingUp = true;
        quiet = false;
        String id = g == null ? null : g.modelId();
        modelBookmarks.setPredicate(bm -> bm.modelId().equals(id));
        if (g != null && activated) {
            load(g);
        }
    }

    /** Draws a first sample and candidates, lists the layers and finds the principal directions. */
    private void load(ImageGenerator g) {
        loaded = true;
        session.tasks().run(g::layers, found -> {
            if (session.isCurrent(g)) {
                layers.setAll(found);
                if (!found.isEmpty()) {
                    selectedLayer.set(found.get(found.size() - 1)); // the layer nearest the image draws parts
                }
            }
        }, error -> say(error, true));
        InstalledModel chosen = session.selectedModelProperty().get();
        say((chosen == null ? g.modelId() : chosen.title()) + " is open: " + g.imageSize() + " px, a latent of "
                + g.latentSize() + " numbers.", false);
        newSample();
        refreshCandidates();
        session.tasks().run(g::savedDirections, saved -> {
            if (session.isCurrent(g)) {
                sliders.addAll(0, saved.stream().map(this::slider).toList()); // the model's named sliders first
            }
        }, error -> say("Could not read the model's saved directions: " + error, true));
        findDirections();
        session.tasks().run(g::trainingFolder, folder -> {
            if (session.isCurrent(g)) {
                folder.ifPresent(nearestFolder::set); // else the folder chosen before stays
            }
        }, error -> { });
    }

    private void findDirections() {
        findingDirections.set(true);
        session.principalDirections(PRINCIPAL_COUNT, PRINCIPAL_SAMPLES, found -> {
            findingDirections.set(false);
            List<DirectionSlider> made = found.stream().map(this::slider).toList();
            int named = (int) sliders.stream()
                    .filter(s -> s.direction().kind() == org.ganstudio.engine.api.LatentDirection.Kind.ATTRIBUTE).count();
            sliders.addAll(named, made); // after the model's named sliders, before the person's own
        }, error -> {
            findingDirections.set(false);
            say("Could not find principal directions: " + error, true);
        });
    }

    private DirectionSlider slider(org.ganstudio.engine.api.LatentDirection direction) {
        DirectionSlider s = new DirectionSlider(direction);
        s.amountProperty().addListener((obs, old, now) -> requestRender());
        return s;
    }

    // ---- the current sample

    /** A new random sample with a new seed. */
    public void newSample() {
        useSeed(seeds.nextInt(1_000_000));
    }

    /** The sample the engine draws from {@code value}. */
    public void useSeed(long value) {
        ImageGenerator g = session.generator();
        if (g == null) {
            return;
        }
        session.tasks().run(() -> g.randomLatent(value), z -> {
            if (session.isCurrent(g)) {
                seed.set(value);
                rebase(z);
            }
        }, error -> say(error, true));
    }

    /** Parses a seed typed by a person; says why when it is not a whole number. */
    public void useSeed(String text) {
        try {
            useSeed(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            say("A seed is a whole number, such as 42; \u201c" + text.trim() + "\u201d is not.", true);
        }
    }

    /** Makes candidate {@code index} the current sample. */
    public void pickCandidate(int index) {
        Candidate c = candidates.get(index);
        seed.set(c.seed());
        rebase(c.latent());
    }

    /** Draws {@link #CANDIDATES} new random samples. */
    public void refreshCandidates() {
        ImageGenerator g = session.generator();
        if (g == null) {
            return;
        }
        long[] picked = new long[CANDIDATES];
        for (int i = 0; i < CANDIDATES; i++) {
            picked[i] = seeds.nextInt(1_000_000);
        }
        session.tasks().run(() -> {
            float[][] latents = new float[CANDIDATES][];
            for (int i = 0; i < CANDIDATES; i++) {
                latents[i] = g.randomLatent(picked[i]);
            }
            BufferedImage[] images = g.generate(latents);
            List<Object[]> out = new ArrayList<>();
            for (int i = 0; i < CANDIDATES; i++) {
                out.add(new Object[] {latents[i], LatentImages.enlarge(images[i], THUMB)});
            }
            return out;
        }, made -> {
            if (!session.isCurrent(g)) {
                return;
            }
            List<Candidate> list = new ArrayList<>();
            for (int i = 0; i < made.size(); i++) {
                list.add(new Candidate(picked[i], (float[]) made.get(i)[0], FxImages.toFx((BufferedImage) made.get(i)[1])));
            }
            candidates.setAll(list);
        }, error -> say(error, true));
    }

    /** A new base, with every slider back at zero. */
    private void rebase(float[] z) {
        quiet = true;
        base = z.clone();
        for (DirectionSlider s : sliders) {
            s.amountProperty().set(0);
        }
        quiet = false;
        requestRender();
    }

    /** Every slider back to zero. */
    public void resetSliders() {
        if (base != null) {
            rebase(base);
        }
    }

    /** The base plus every slider's offset; null while no model is open. */
    public float[] currentLatent() {
        if (base == null) {
            return null;
        }
        float[] z = base.clone();
        for (DirectionSlider s : sliders) {
            z = s.apply(z);
        }
        return z;
    }

    private void requestRender() {
        ImageGenerator g = session.generator();
        if (quiet || g == null || base == null) {
            return;
        }
        long asked = ++revision;
        float[] z = currentLatent();
        FeatureMask m = mask.get();
        GeneratorLayer layer = mapsShown.get() ? selectedLayer.get() : null;
        long requested = System.nanoTime();
        upToDate.set(false);
        runner.submit(() -> {
            if (!session.isCurrent(g)) {
                return null;
            }
            BufferedImage out = g.generate(z, m);
            BufferedImage plain = m.isEmpty() ? null : g.generate(z, FeatureMask.NONE);
            FeatureMaps fm = layer == null ? null : g.featureMaps(z, layer.index(), m);
            List<Image> tiles = fm == null ? null
                    : fm.tiles().stream().map(tile -> FxImages.toFx(LatentImages.pixels(tile, TILE))).toList();
            return new Render(asked, g, z, out, LatentImages.enlarge(out, SHOWN),
                    plain == null ? null : LatentImages.enlarge(plain, THUMB * 2), fm, tiles, requested);
        });
    }

    private void show(Render r) {
        if (r == null || !session.isCurrent(r.generator()) || shown != null && r.revision() <= shown.revision()) {
            return;
        }
        shown = r;
        upToDate.set(r.revision() == revision);
        image.set(FxImages.toFx(r.shown()));
        before.set(FxImages.toFx(r.before()));
        if (r.maps() != null) {
            tileImages.set(r.tiles());
            maps.set(r.maps());
        }
        boolean warmUp = warmingUp;
        warmingUp = false;
        ImageGenerator g = r.generator();
        afterFrame.accept(() -> onScreen(g, r.requestedNanos(), warmUp));
    }

    /** The frame with the new image is laid out: the time from the change that asked for it. */
    private void onScreen(ImageGenerator g, long requestedNanos, boolean warmUp) {
        if (!session.isCurrent(g)) {
            return;
        }
        long millis = (System.nanoTime() - requestedNanos) / 1_000_000;
        if (warmUp) {
            latency.set(String.format(Locale.ROOT, "%d ms to screen \u00b7 first image, not counted", millis));
        } else {
            latencies.add(millis);
            latency.set(String.format(Locale.ROOT, "%d ms to screen \u00b7 median %d ms", millis, latencies.median()));
        }
    }

    /**
     * How the studio learns that a new image is on screen: {@code hook} is given a callback for each new image and
     * runs it once the frame that shows it is laid out (the view runs it after the scene's next pulse). Without a
     * hook the callback runs at once, when the image property is set.
     */
    public void setFrameHook(Consumer<Runnable> hook) {
        afterFrame = hook == null ? Runnable::run : hook;
    }

    /** Median of the kept change-to-screen times in ms (the first image of a model left out); 0 when none. */
    public long medianLatencyMillis() {
        return latencies.median();
    }

    /** How many change-to-screen times are kept for the median. */
    public int latencyCount() {
        return latencies.size();
    }

    // ---- projecting an image

    /**
     * Looks for the latent whose image comes closest to the picture in {@code file} (iGAN's projection), on the
     * generator thread, with progress in the message line; Cancel stops it and keeps the best latent found so far.
     * The latent found becomes the current sample (sliders at zero) and "target | found" is shown. A file that is
     * not a usable picture is explained in the message line.
     */
    public void project(Path file) {
        ImageGenerator g = session.generator();
        if (g == null || file == null) {
            return;
        }
        String name = String.valueOf(file.getFileName());
        AtomicBoolean stop = work("Finding the latent of " + name + "\u2026");
        long start = seeds.nextInt(1_000_000);
        CoalescedUpdates<String> progress = new CoalescedUpdates<>(session.tasks()::onUi, text -> {
            if (busy.get() && cancel == stop) {
                say(text, false);
            }
        });
        say("Finding the latent of " + name + "\u2026", false);
        session.tasks().run(() -> {
            if (!session.isCurrent(g)) {
                return null;
            }
            BufferedImage target = Images.decode(file, g.channels());
            Projection p = g.project(target, PROJECTION_STEPS, start, (done, total, distance) -> progress.offer(
                    String.format(Locale.ROOT, "Finding the latent of %s: step %d of %d \u00b7 distance %.3f", name,
                            done, total, distance)), stop::get);
            return new Object[] {p, LatentImages.enlarge(LatentImages.centreSquare(target), THUMB),
                LatentImages.enlarge(p.image(), THUMB)};
        }, made -> {
            progress.clear();
            if (cancel == stop) {
                done();
            }
            if (made == null || !session.isCurrent(g)) {
                return;
            }
            Projection p = (Projection) made[0];
            projectedTarget.set(FxImages.toFx((BufferedImage) made[1]));
            projectedFound.set(FxImages.toFx((BufferedImage) made[2]));
            projectionSummary.set(String.format(Locale.ROOT, "%s \u00b7 distance %.3f \u00b7 %d steps", name,
                    p.distance(), p.steps()));
            seed.set(null);
            rebase(p.latent());
            say(String.format(Locale.ROOT, p.steps() < PROJECTION_STEPS
                    ? "Stopped at step %2$d: the nearest latent found so far (distance %3$.3f per pixel) is the "
                            + "current sample. Edit it with the sliders."
                    : "Found the latent nearest to %1$s: distance %3$.3f per pixel after %2$d steps. It is the current "
                            + "sample: edit it with the sliders.", name, p.steps(), p.distance()), false);
        }, error -> {
            progress.clear();
            if (cancel == stop) {
                done();
            }
            say(error, true);
        });
    }

    /** The projected picture as the model sees it (a centre square), while a projection is shown. */
    public ReadOnlyObjectProperty<Image> projectedTargetProperty() {
        return projectedTarget.getReadOnlyProperty();
    }

    /** What the model draws from the latent found. */
    public ReadOnlyObjectProperty<Image> projectedFoundProperty() {
        return projectedFound.getReadOnlyProperty();
    }

    /** The projected file, its distance and steps; empty while none. */
    public ReadOnlyStringProperty projectionSummaryProperty() {
        return projectionSummary.getReadOnlyProperty();
    }

    // ---- nearest training images

    /**
     * The {@link #NEAREST} images of the chosen folder nearest to the sample shown (the engine decodes the folder
     * once and keeps it), to see whether the model copies its training images.
     */
    public void findNearest() {
        Path folder = nearestFolder.get();
        BufferedImage query = shown == null ? null : shown.image();
        ImageGenerator g = session.generator();
        if (query == null || g == null) {
            return;
        }
        if (folder == null) {
            say("Choose the folder of training images first.", true);
            return;
        }
        AtomicBoolean stop = work("Comparing the sample with the images in " + folder.getFileName() + "\u2026");
        session.searches().run(() -> {
            List<NearestImage> found = session.engine().nearestImages(query, folder, NEAREST);
            List<Object[]> out = new ArrayList<>();
            for (NearestImage n : found) {
                out.add(new Object[] {n, LatentImages.enlarge(n.image(), THUMB)});
            }
            return out;
        }, made -> {
            if (stop.get() || !session.isCurrent(g)) {
                return; // cancelled, or another model opened meanwhile
            }
            done();
            nearestQuery.set(FxImages.toFx(LatentImages.enlarge(query, THUMB)));
            nearest.setAll(made.stream().map(o -> {
                NearestImage n = (NearestImage) o[0];
                return new Neighbour(n.file(), FxImages.toFx((BufferedImage) o[1]), n.distance());
            }).toList());
            say(nearest.isEmpty() ? "No image to compare with." : String.format(Locale.ROOT, "The nearest image of %s "
                    + "differs from the sample by %.3f per pixel (0 would be a copy).", folder.getFileName(),
                    nearest.get(0).distance()), false);
        }, error -> {
            if (!stop.get()) {
                done();
                say(error, true);
            }
        });
    }

    /** The folder of training images; the open model's own when its config names one under the studio home. */
    public ObjectProperty<Path> nearestFolderProperty() {
        return nearestFolder;
    }

    /** The nearest training images found last, nearest first. */
    public ObservableList<Neighbour> nearest() {
        return nearest;
    }

    /** The sample they were found for, enlarged to {@link #THUMB} px. */
    public ReadOnlyObjectProperty<Image> nearestQueryProperty() {
        return nearestQuery.getReadOnlyProperty();
    }

    private void renderFailed(String error) {
        upToDate.set(true);
        say(error, true);
    }

    // ---- interpolation

    /**
     * A becomes the current sample as it looks (the sliders' offsets folded into it, the sliders back at zero), and
     * t goes to 0, where the sample is A.
     */
    public void setA() {
        endpoint(a, aImage, 0);
    }

    /** B becomes the current sample as it looks, and t goes to 1. */
    public void setB() {
        endpoint(b, bImage, 1);
    }

    private void endpoint(ReadOnlyObjectWrapper<float[]> end, ReadOnlyObjectWrapper<Image> thumb, double at) {
        float[] z = currentLatent();
        if (z == null) {
            return;
        }
        end.set(z);
        thumb.set(shown == null ? null : FxImages.toFx(LatentImages.enlarge(shown.image(), THUMB)));
        rebase(z);
        t.set(at);
    }

    /** With A and B set, the base follows t between them (sliders still add their offsets). */
    private void interpolate() {
        if (a.get() == null || b.get() == null || base == null) {
            return;
        }
        base = interpolation.get().between(a.get(), b.get(), t.get());
        if (t.get() > 0 && t.get() < 1) {
            seed.set(null); // a point between two samples has no seed of its own
        }
        requestRender();
    }

    private void play(boolean on) {
        if (!on) {
            if (timeline != null) {
                timeline.stop();
            }
            return;
        }
        if (a.get() == null || b.get() == null) {
            say("Set A and B first: pick a sample and press \u201cSet A\u201d, then another and \u201cSet B\u201d.", true);
            playing.set(false);
            return;
        }
        if (timeline == null) {
            timeline = new Timeline(new KeyFrame(Duration.millis(40), e -> advance()));
            timeline.setCycleCount(Animation.INDEFINITE);
        }
        timeline.play();
    }

    /** One frame of the loop: t goes from 0 to 1 and back. */
    void advance() {
        double next = t.get() + playStep;
        if (next > 1 || next < 0) {
            playStep = -playStep;
            next = Math.max(0, Math.min(1, next));
        }
        t.set(next);
    }

    // ---- directions the person marks

    public void markWith() {
        mark(withMarks);
    }

    public void markWithout() {
        mark(withoutMarks);
    }

    private void mark(List<float[]> side) {
        float[] z = currentLatent();
        if (z != null) {
            side.add(z);
            countMarks();
        }
    }

    public void clearMarks() {
        withMarks.clear();
        withoutMarks.clear();
        countMarks();
    }

    private void countMarks() {
        withCount.set(withMarks.size());
        withoutCount.set(withoutMarks.size());
    }

    /** A slider from the samples marked "with" towards those marked "without"'s opposite. */
    public void makeSlider(String name) {
        String title = name == null || name.isBlank() ? "My direction " + (sliders.size() + 1) : name.trim();
        try {
            sliders.add(slider(Latents.userDirection(title, withMarks, withoutMarks)));
            say("Slider \u201c" + title + "\u201d made from " + withMarks.size() + " samples with and "
                    + withoutMarks.size() + " without.", false);
        } catch (StudioException e) {
            say(e.getMessage(), true);
        }
    }

    public void removeSlider(DirectionSlider s) {
        sliders.remove(s);
        requestRender();
    }

    // ---- feature maps

    /** Switches map {@code map} of the chosen layer off, or back on. */
    public void toggleMap(int map) {
        GeneratorLayer layer = selectedLayer.get();
        if (layer != null) {
            mask.set(mask.get().with(layer.index(), map, !mask.get().isOff(layer.index(), map)));
        }
    }

    public void allMapsOn() {
        mask.set(FeatureMask.NONE);
    }

    /** Switches off the maps of the chosen layer most tied to the samples marked "with". */
    public void suggestMaps() {
        ImageGenerator g = session.generator();
        GeneratorLayer layer = selectedLayer.get();
        if (g == null) {
            return;
        }
        if (layer == null) {
            say("Choose a layer first.", true);
            return;
        }
        if (withMarks.isEmpty() || withoutMarks.isEmpty()) {
            say("Mark at least one sample \u201cwith\u201d and one \u201cwithout\u201d the thing to remove, then ask "
                    + "again.", true);
            return;
        }
        List<float[]> with = List.copyOf(withMarks);
        List<float[]> without = List.copyOf(withoutMarks);
        work("Comparing the maps of the marked samples\u2026");
        session.tasks().run(() -> g.mapsTiedTo(with, without, layer.index(), SUGGESTED_MAPS), found -> {
            done();
            if (!session.isCurrent(g)) {
                return;
            }
            FeatureMask next = mask.get();
            for (int m : found) {
                next = next.with(layer.index(), m, true);
            }
            mask.set(next);
            say("Switched off maps " + found.stream().map(m -> String.valueOf(m + 1)).collect(Collectors.joining(", "))
                    + " of " + layer.name() + ": they differ most between the samples marked with and without. "
                    + "Compare the image with \u201cAll maps on\u201d.", false);
        }, error -> {
            done();
            say(error, true);
        });
    }

    // ---- bookmarks

    public void bookmark(String name) {
        ImageGenerator g = session.generator();
        float[] z = currentLatent();
        if (g == null || z == null) {
            return;
        }
        String title = name == null || name.isBlank() ? "Sample " + (seed.get() == null ? modelBookmarks.size() + 1
                : seed.get()) : name.trim();
        session.addBookmark(new LatentBookmark(title, g.modelId(), z));
        say("Bookmarked \u201c" + title + "\u201d.", false);
    }

    /** The bookmark becomes the current sample (sliders at zero). */
    public void loadBookmark(LatentBookmark bm) {
        ImageGenerator g = session.generator();
        if (g == null || bm == null) {
            return;
        }
        if (bm.latent().length != g.latentSize()) {
            say("\u201c" + bm.name() + "\u201d has a latent of " + bm.latent().length + " numbers; this model needs "
                    + g.latentSize() + ".", true);
            return;
        }
        seed.set(null);
        rebase(bm.latent());
        say("Showing \u201c" + bm.name() + "\u201d.", false);
    }

    public void saveBookmarks(Path file) {
        List<LatentBookmark> all = List.copyOf(session.bookmarks());
        session.tasks().run(() -> {
            session.engine().writeBookmarks(file, all);
            return all.size();
        }, n -> say("Saved " + n + " bookmark" + (n == 1 ? "" : "s") + " to " + file.getFileName() + ".", false),
                error -> say(error, true));
    }

    /** Reads a bookmark file and adds its bookmarks (replacing those of the same model and name). */
    public void openBookmarks(Path file) {
        session.tasks().run(() -> session.engine().readBookmarks(file), read -> {
            read.forEach(session::addBookmark);
            ImageGenerator g = session.generator();
            long mine = g == null ? 0 : read.stream().filter(bm -> bm.modelId().equals(g.modelId())).count();
            say("Read " + read.size() + " bookmark" + (read.size() == 1 ? "" : "s") + " from " + file.getFileName()
                    + (read.size() == mine ? "." : " (" + mine + " for this model; the others show with their own)."),
                    false);
        }, error -> say(error, true));
    }

    // ---- export

    /**
     * Writes {@link #STRIP_FRAMES} frames (A to B, or a random walk from the current sample) as one PNG strip, or as
     * a looping animated GIF when the file's name ends in ".gif" (A to B and back for an interpolation).
     */
    public void exportStrip(StripKind kind, Path file) {
        ImageGenerator g = session.generator();
        float[] z = currentLatent();
        if (g == null || z == null) {
            return;
        }
        if (kind == StripKind.INTERPOLATION && (a.get() == null || b.get() == null)) {
            say("Set A and B first to export the way between them.", true);
            return;
        }
        float[][] frames = new float[STRIP_FRAMES][];
        if (kind == StripKind.INTERPOLATION) {
            for (int i = 0; i < STRIP_FRAMES; i++) {
                frames[i] = interpolation.get().between(a.get(), b.get(), i / (STRIP_FRAMES - 1.0));
            }
        } else {
            frames = LatentImages.randomWalk(z, STRIP_FRAMES, WALK_STEP, seeds.nextLong());
        }
        float[][] latents = frames;
        FeatureMask m = mask.get();
        AtomicBoolean cancelled = work("Exporting " + STRIP_FRAMES + " frames\u2026");
        session.tasks().run(() -> {
            List<BufferedImage> images = new ArrayList<>();
            for (float[] f : latents) {
                if (cancelled.get()) {
                    return null;
                }
                images.add(g.generate(f, m));
            }
            int side = Math.max(128, g.imageSize());
            if (String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT).endsWith(".gif")) {
                List<BufferedImage> loop = new ArrayList<>(images);
                if (kind == StripKind.INTERPOLATION) {
                    for (int i = images.size() - 2; i > 0; i--) {
                        loop.add(images.get(i)); // A to B and back
                    }
                }
                LatentImages.writeGif(loop, side, GIF_DELAY_MILLIS, file);
            } else {
                LatentImages.writePng(LatentImages.strip(images, side), file);
            }
            return file;
        }, written -> {
            done();
            say(written == null ? "Export cancelled." : "Saved " + file.getFileName() + " (" + STRIP_FRAMES
                    + " frames) in " + file.getParent() + ".", false);
        }, error -> {
            done();
            say(error, true);
        });
    }

    // ---- long work

    private AtomicBoolean work(String what) {
        cancel = new AtomicBoolean();
        busy.set(true);
        busyText.set(what);
        return cancel;
    }

    private void done() {
        busy.set(false);
        busyText.set("");
    }

    /** Asks the long work under way to stop (its result is dropped; a projection keeps the best latent found). */
    public void cancelWork() {
        cancel.set(true);
        done();
    }

    private void say(String text, boolean error) {
        messageIsError.set(error);
        message.set(text);
    }

    public void shutdown() {
        playing.set(false);
        runner.shutdown();
    }

    // ---- properties

    public ObservableList<DirectionSlider> sliders() {
        return sliders;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ObservableList<GeneratorLayer> layers() {
        return layers;
    }

    /** The bookmarks of the open model. */
    public ObservableList<LatentBookmark> bookmarks() {
        return modelBookmarks;
    }

    public ObjectProperty<GeneratorLayer> selectedLayerProperty() {
        return selectedLayer;
    }

    public ObjectProperty<FeatureMask> maskProperty() {
        return mask;
    }

    public ReadOnlyObjectProperty<FeatureMaps> mapsProperty() {
        return maps.getReadOnlyProperty();
    }

    /** The chosen layer's maps, each enlarged to {@link #TILE} px with its cells as squares. */
    public ReadOnlyObjectProperty<List<Image>> tileImagesProperty() {
        return tileImages.getReadOnlyProperty();
    }

    /** True while the feature maps are on screen: they are computed only then. */
    public BooleanProperty mapsShownProperty() {
        return mapsShown;
    }

    /** The seed of the current sample; null when it came from a bookmark. */
    public ReadOnlyObjectProperty<Long> seedProperty() {
        return seed.getReadOnlyProperty();
    }

    /** The current sample, enlarged to {@link #SHOWN} px. */
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** The current sample with every map on, while some are off; null otherwise. */
    public ReadOnlyObjectProperty<Image> beforeProperty() {
        return before.getReadOnlyProperty();
    }

    /** The latent of the image shown now (null while none). */
    float[] shownLatent() {
        return shown == null ? null : shown.latent();
    }

    /** The generator's own output shown now (null while none), for tests. */
    BufferedImage shownImage() {
        return shown == null ? null : shown.image();
    }

    public ReadOnlyObjectProperty<float[]> aProperty() {
        return a.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<float[]> bProperty() {
        return b.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> aImageProperty() {
        return aImage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> bImageProperty() {
        return bImage.getReadOnlyProperty();
    }

    /** Where between A and B the base is, 0 to 1. */
    public DoubleProperty tProperty() {
        return t;
    }

    public ObjectProperty<Interpolation> interpolationProperty() {
        return interpolation;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public ReadOnlyIntegerProperty withCountProperty() {
        return withCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty withoutCountProperty() {
        return withoutCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty findingDirectionsProperty() {
        return findingDirections.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    /** True when the image shown answers the latest change. */
    public ReadOnlyBooleanProperty upToDateProperty() {
        return upToDate.getReadOnlyProperty();
    }

    /** "N ms to screen · median N ms": change to new image on screen. */
    public ReadOnlyStringProperty latencyProperty() {
        return latency.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }
}
