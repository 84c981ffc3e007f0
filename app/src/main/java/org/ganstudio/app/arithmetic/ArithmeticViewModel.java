package org.ganstudio.app.arithmetic;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.image.Image;
import org.ganstudio.app.common.FxImages;
import org.ganstudio.app.common.LatestOnlyRunner;
import org.ganstudio.app.latent.GeneratorSession;
import org.ganstudio.app.latent.LatentImages;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.LatentBookmark;
import org.ganstudio.engine.api.Latents;

/**
 * The Arithmetic studio's state and actions: three slots A, B and C, each holding one or more exemplar latents;
 * the result is mean(A) - mean(B) + mean(C) (the DCGAN paper's vector arithmetic, Radford et al. 2016), shown with
 * a 3x3 grid of its noisy neighbours and a slider from C to it. Images are made on the session's generator thread
 * through {@link LatestOnlyRunner}s. All methods are called on the UI thread.
 */
public final class ArithmeticViewModel {

    public static final int CANDIDATES = 8;
    /** Side of the slots' mean images, the result, and the blend. */
    public static final int SHOWN = 144;
    public static final int THUMB = 64;
    /** Side of an exemplar's thumbnail in its slot. */
    public static final int EXEMPLAR = 40;
    /** Side of each of the 3x3 neighbours. */
    public static final int NEIGHBOUR = 64;
    /** Standard deviation of the noise added to the result for its neighbours. */
    public static final double NOISE = 0.25;

    /** The three terms of A - B + C. */
    public enum Slot { A, B, C }

    /** One sample in a slot. */
    public record Exemplar(float[] latent, Image image) {}

    /** A random sample to add to a slot. */
    public record Candidate(float[] latent, Image image) {}

    private record Computed(long revision, ImageGenerator generator, Map<Slot, BufferedImage> means, BufferedImage result,
            BufferedImage grid) {}

    private record Blend(ImageGenerator generator, BufferedImage image) {}

    private final GeneratorSession session;
    private final LatestOnlyRunner<Computed> runner;
    private final LatestOnlyRunner<Blend> blendRunner;
    private final Random seeds = new Random();
    private final Map<Slot, ObservableList<Exemplar>> slots = new EnumMap<>(Slot.class);
    private final Map<Slot, ReadOnlyObjectWrapper<Image>> means = new EnumMap<>(Slot.class);
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<Slot> target = new SimpleObjectProperty<>(Slot.A);
    private final ReadOnlyObjectWrapper<Image> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> grid = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> blend = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty blendT = new SimpleDoubleProperty(1);
    private final ReadOnlyObjectWrapper<float[]> resultLatent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper upToDate = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final FilteredList<LatentBookmark> modelBookmarks;
    private long noiseSeed = 7;
    private long revision;
    private boolean activated;

    public ArithmeticViewModel(GeneratorSession session) {
        this.session = session;
        for (Slot s : Slot.values()) {
            slots.put(s, FXCollections.observableArrayList());
            means.put(s, new ReadOnlyObjectWrapper<>());
        }
        runner = session.runner(this::show, this::failed);
        blendRunner = session.runner(this::showBlend, this::failed);
        modelBookmarks = new FilteredList<>(session.bookmarks(), bm -> false);
        session.generatorProperty().addListener((obs, old, now) -> generatorChanged(now));
        blendT.addListener((obs, old, now) -> requestBlend());
        if (session.generator() != null) {
            generatorChanged(session.generator());
        }
    }

    /** Each time the studio is shown: lists the models the first time; draws samples once a model is open. */
    public void activate() {
        activated = true;
        session.activate();
        if (session.generator() != null && candidates.isEmpty()) {
            moreCandidates();
        }
    }

    public GeneratorSession session() {
        return session;
    }

    private void generatorChanged(ImageGenerator g) {
        runner.discardPending();
        blendRunner.discardPending();
        slots.values().forEach(List::clear);
        means.values().forEach(m -> m.set(null));
        candidates.clear();
        result.set(null);
        grid.set(null);
        blend.set(null);
        resultLatent.set(null);
        String id = g == null ? null : g.modelId();
        modelBookmarks.setPredicate(bm -> bm.modelId().equals(id));
        if (g != null && activated) {
            say("Add samples to A, B and C: the result is A \u2212 B + C.", false);
            moreCandidates();
        }
    }

    /** Draws {@link #CANDIDATES} new random samples to choose exemplars from. */
    public void moreCandidates() {
        ImageGenerator g = session.generator();
        if (g == null) {
            return;
        }
        long first = seeds.nextInt(1_000_000);
        session.tasks().run(() -> {
            float[][] latents = new float[CANDIDATES][];
            for (int i = 0; i < CANDIDATES; i++) {
                latents[i] = g.randomLatent(first + i);
            }
            BufferedImage[] images = g.generate(latents);
            List<Object[]> made = new ArrayList<>();
            for (int i = 0; i < CANDIDATES; i++) {
                made.add(new Object[] {latents[i], LatentImages.enlarge(images[i], THUMB)});
            }
            return made;
        }, made -> {
            if (session.isCurrent(g)) {
                candidates.setAll(made.stream()
                        .map(m -> new Candidate((float[]) m[0], FxImages.toFx((BufferedImage) m[1]))).toList());
            }
        }, error -> say(error, true));
    }

    /** Adds candidate {@code index} to the slot chosen in {@link #targetProperty()}. */
    public void addCandidate(int index) {
        Candidate c = candidates.get(index);
        add(target.get(), new Exemplar(c.latent(), c.image()));
    }

    /** Adds a bookmark of the open model to {@code slot}; its thumbnail is drawn in the background. */
    public void addBookmark(Slot slot, LatentBookmark bm) {
        ImageGenerator g = session.generator();
        if (g == null || bm == null) {
            return;
        }
        if (bm.latent().length != g.latentSize()) {
            say("\u201c" + bm.name() + "\u201d does not fit this model's latent.", true);
            return;
        }
        float[] z = bm.latent();
        session.tasks().run(() -> LatentImages.enlarge(g.generate(new float[][] {z})[0], THUMB), thumb -> {
            if (session.isCurrent(g)) {
                add(slot, new Exemplar(z, FxImages.toFx(thumb)));
            }
        }, error -> say(error, true));
    }

    public void add(Slot slot, Exemplar exemplar) {
        slots.get(slot).add(exemplar);
        changed();
    }

    public void remove(Slot slot, Exemplar exemplar) {
        slots.get(slot).remove(exemplar);
        changed();
    }

    public void clear(Slot slot) {
        slots.get(slot).clear();
        changed();
    }

    /** Other noise for the 3x3 neighbours. */
    public void otherNoise() {
        noiseSeed = seeds.nextLong();
        changed();
    }

    /** The mean latent of a slot; null while it is empty. */
    public float[] mean(Slot slot) {
        List<Exemplar> in = slots.get(slot);
        return in.isEmpty() ? null : Latents.mean(in.stream().map(Exemplar::latent).toList());
    }

    private void changed() {
        ImageGenerator g = session.generator();
        if (g == null) {
            return;
        }
        Map<Slot, float[]> m = new EnumMap<>(Slot.class);
        for (Slot s : Slot.values()) {
            float[] mean = mean(s);
            if (mean != null) {
                m.put(s, mean);
            }
        }
        float[] r = m.size() == 3 ? Latents.arithmetic(m.get(Slot.A), m.get(Slot.B), m.get(Slot.C)) : null;
        resultLatent.set(r);
        long noise = noiseSeed;
        long asked = ++revision;
        upToDate.set(false);
        runner.submit(() -> {
            if (!session.isCurrent(g)) {
                return null;
            }
            Map<Slot, BufferedImage> shown = new EnumMap<>(Slot.class);
            m.forEach((slot, z) -> shown.put(slot, LatentImages.enlarge(g.generate(new float[][] {z})[0], SHOWN)));
            if (r == null) {
                return new Computed(asked, g, shown, null, null);
            }
            Random random = new Random(noise);
            float[][] neighbours = new float[9][];
            for (int i = 0; i < 9; i++) {
                neighbours[i] = LatentImages.jitter(r, NOISE, random);
            }
            BufferedImage out = g.generate(new float[][] {r})[0];
            return new Computed(asked, g, shown, LatentImages.enlarge(out, SHOWN),
                    LatentImages.grid(List.of(g.generate(neighbours)), 3, NEIGHBOUR));
        });
        requestBlend();
    }

    private void show(Computed c) {
        if (c == null || !session.isCurrent(c.generator())) {
            return;
        }
        upToDate.set(c.revision() == revision);
        for (Slot s : Slot.values()) {
            means.get(s).set(FxImages.toFx(c.means().get(s)));
        }
        result.set(FxImages.toFx(c.result()));
        grid.set(FxImages.toFx(c.grid()));
        if (c.result() == null) {
            long missing = slots.values().stream().filter(List::isEmpty).count();
            say(missing + " slot" + (missing == 1 ? " is" : "s are") + " still empty: add at least one sample to each "
                    + "of A, B and C.", false);
        } else {
            say("Result: mean(A) \u2212 mean(B) + mean(C). Below, the result with a little noise added; the slider "
                    + "goes from C to the result.", false);
        }
    }

    private void requestBlend() {
        ImageGenerator g = session.generator();
        float[] r = resultLatent.get();
        float[] c = mean(Slot.C);
        if (g == null || r == null || c == null) {
            blend.set(null);
            return;
        }
        float[] z = Latents.lerp(c, r, blendT.get());
        blendRunner.submit(() -> session.isCurrent(g)
                ? new Blend(g, LatentImages.enlarge(g.generate(new float[][] {z})[0], SHOWN)) : null);
    }

    private void showBlend(Blend b) {
        if (b != null && session.isCurrent(b.generator()) && resultLatent.get() != null) {
            blend.set(FxImages.toFx(b.image()));
        }
    }

    private void failed(String error) {
        upToDate.set(true);
        say(error, true);
    }

    /** Saves the result as a bookmark of the open model, shared with the Latent studio. */
    public void saveResult(String name) {
        ImageGenerator g = session.generator();
        float[] r = resultLatent.get();
        if (g == null || r == null) {
            say("There is no result yet: fill A, B and C first.", true);
            return;
        }
        String title = name == null || name.isBlank() ? "A \u2212 B + C" : name.trim();
        session.addBookmark(new LatentBookmark(title, g.modelId(), r));
        say("Saved the result as the bookmark \u201c" + title + "\u201d (the Latent studio lists it too).", false);
    }

    private void say(String text, boolean error) {
        messageIsError.set(error);
        message.set(text);
    }

    public void shutdown() {
        runner.shutdown();
        blendRunner.shutdown();
    }

    // ---- properties

    public ObservableList<Exemplar> exemplars(Slot slot) {
        return slots.get(slot);
    }

    public ReadOnlyObjectProperty<Image> meanImageProperty(Slot slot) {
        return means.get(slot).getReadOnlyProperty();
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ObservableList<LatentBookmark> bookmarks() {
        return modelBookmarks;
    }

    /** The slot a click on a candidate adds to. */
    public ObjectProperty<Slot> targetProperty() {
        return target;
    }

    public ReadOnlyObjectProperty<Image> resultImageProperty() {
        return result.getReadOnlyProperty();
    }

    /** The result with a little seeded noise added, 3x3. */
    public ReadOnlyObjectProperty<Image> gridImageProperty() {
        return grid.getReadOnlyProperty();
    }

    /** The sample at the blend slider, between mean(C) and the result. */
    public ReadOnlyObjectProperty<Image> blendImageProperty() {
        return blend.getReadOnlyProperty();
    }

    /** 0 at mean(C), 1 at the result. */
    public DoubleProperty blendProperty() {
        return blendT;
    }

    /** mean(A) - mean(B) + mean(C); null while a slot is empty. */
    public ReadOnlyObjectProperty<float[]> resultLatentProperty() {
        return resultLatent.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty upToDateProperty() {
        return upToDate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }
}
