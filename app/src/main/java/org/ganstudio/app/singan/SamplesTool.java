package org.ganstudio.app.singan;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.image.Image;
import org.ganstudio.app.common.FxImages;
import org.ganstudio.app.common.LatestOnlyRunner;
import org.ganstudio.engine.api.MultiScaleSampler;

/**
 * Random samples (the paper's Fig. 4 and 5): {@link #countProperty()} pictures of any size from the seed, seed + 1, ...
 * with noise from the start scale up, as a grid; and the comparison strip, the seed's sample started at each scale.
 * Every change draws again through a {@link LatestOnlyRunner} (newest wins).
 */
public final class SamplesTool {

    public static final int MAX_SAMPLES = 9;
    static final int GRID_HEIGHT = 160;
    static final int STRIP_HEIGHT = 64;

    record Samples(MultiScaleSampler sampler, ToolResult result) {}

    record Strip(MultiScaleSampler sampler, BufferedImage sheet) {}

    private final SinganViewModel studio;
    private final LatestOnlyRunner<Samples> runner;
    private final LatestOnlyRunner<Strip> stripRunner;
    private final IntegerProperty startScale = new SimpleIntegerProperty(0);
    private final IntegerProperty width = new SimpleIntegerProperty(0);
    private final IntegerProperty height = new SimpleIntegerProperty(0);
    private final IntegerProperty count = new SimpleIntegerProperty(4);
    private final ReadOnlyObjectWrapper<Image> strip = new ReadOnlyObjectWrapper<>();
    private boolean quiet = true;

    SamplesTool(SinganViewModel studio) {
        this.studio = studio;
        runner = studio.session().runner(this::shown, this::failed);
        stripRunner = studio.session().runner(this::stripShown, this::failed);
        startScale.addListener((obs, old, now) -> render());
        count.addListener((obs, old, now) -> render());
        width.addListener((obs, old, now) -> renderAll());
        height.addListener((obs, old, now) -> renderAll());
        studio.seedProperty().addListener((obs, old, now) -> renderAll());
    }

    void modelChanged(MultiScaleSampler s) {
        runner.discardPending();
        stripRunner.discardPending();
        strip.set(null);
        quiet = true;
        if (s != null) {
            BufferedImage t = s.trainingImage();
            width.set(t.getWidth());
            height.set(t.getHeight());
            startScale.set(Math.min(startScale.get(), s.scales().size() - 1));
        }
        quiet = false;
        renderAll();
    }

    /** Sets the output size to the training size times {@code wide} across (1, 1.5, 2) and as high. */
    public void sizeFactor(double wide) {
        BufferedImage t = studio.trainingPictureProperty().get();
        if (t == null) {
            return;
        }
        quiet = true;
        width.set((int) Math.round(t.getWidth() * wide));
        height.set(t.getHeight());
        quiet = false;
        renderAll();
    }

    /** New samples: a new seed, drawn at once. */
    public void newSamples() {
        studio.newSeed();
    }

    private void renderAll() {
        render();
        renderStrip();
    }

    private void render() {
        MultiScaleSampler s = studio.sampler();
        if (quiet || s == null || width.get() < 1 || height.get() < 1) {
            return;
        }
        int w = width.get();
        int h = height.get();
        int start = studio.clampScale(startScale, 0);
        int n = Math.max(1, Math.min(MAX_SAMPLES, count.get()));
        long seed = studio.seedProperty().get();
        runner.submit(() -> {
            List<BufferedImage> pictures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                pictures.add(s.sample(w, h, start, seed + i));
            }
            BufferedImage sheet = n == 1 ? pictures.get(0)
                    : SinganImages.grid(pictures, null, n <= 4 ? 2 : 3, Math.min(h, GRID_HEIGHT));
            return new Samples(s, new ToolResult(sheet, "random-samples", s.modelId(), List.of(start),
                    ResultFiles.seeds(seed, n), null, null, Map.of("width", w, "height", h, "samples", n)));
        });
    }

    private void renderStrip() {
        MultiScaleSampler s = studio.sampler();
        if (quiet || s == null || width.get() < 1 || height.get() < 1) {
            return;
        }
        int w = width.get();
        int h = height.get();
        long seed = studio.seedProperty().get();
        int scales = s.scales().size();
        stripRunner.submit(() -> {
            List<BufferedImage> pictures = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < scales; i++) {
                pictures.add(s.sample(w, h, i, seed));
                labels.add("start " + i);
            }
            return new Strip(s, SinganImages.grid(pictures, labels, scales, STRIP_HEIGHT));
        });
    }

    private void shown(Samples samples) {
        if (studio.session().isCurrent(samples.sampler())) {
            studio.showResult(SinganViewModel.Tool.SAMPLES, samples.result());
        }
    }

    private void stripShown(Strip s) {
        if (studio.session().isCurrent(s.sampler())) {
            strip.set(FxImages.toFx(s.sheet()));
        }
    }

    private void failed(String error) {
        studio.say(error, true);
    }

    void shutdown() {
        runner.shutdown();
        stripRunner.shutdown();
    }

    /** True when nothing is being drawn or waits to be. */
    boolean isIdle() {
        return runner.isIdle() && stripRunner.isIdle();
    }

    public IntegerProperty startScaleProperty() {
        return startScale;
    }

    public IntegerProperty widthProperty() {
        return width;
    }

    public IntegerProperty heightProperty() {
        return height;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    /** The seed's sample started at each scale, coarsest first. */
    public ReadOnlyObjectProperty<Image> stripProperty() {
        return strip.getReadOnlyProperty();
    }
}
