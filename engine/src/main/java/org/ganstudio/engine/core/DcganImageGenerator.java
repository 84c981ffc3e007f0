package org.ganstudio.engine.core;

import ai.djl.Device;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.dcgan.DcganConfig;
import org.ganstudio.engine.dcgan.DcganFamily;
import org.ganstudio.engine.dcgan.DcganModel;
import org.ganstudio.engine.image.ImageGrid;
import org.ganstudio.engine.image.ImageTensors;
import org.ganstudio.engine.train.SavedCheckpoint;
import org.ganstudio.engine.train.StepRandom;

/** A saved DCGAN opened for sampling: only the generator's weights are read. */
public final class DcganImageGenerator implements ImageGenerator {

    private final DcganModel model;
    private final DcganConfig config;

    private DcganImageGenerator(DcganModel model) {
        this.model = model;
        this.config = model.config();
    }

    public static DcganImageGenerator open(Path directory, Device device) {
        SavedCheckpoint saved = SavedCheckpoint.open(directory, Families.get(ModelFamily.DCGAN).inferenceFiles());
        if (saved.config().family() != ModelFamily.DCGAN) {
            throw new StudioException("The model at " + directory + " is a " + saved.config().family().displayName()
                    + " model, not a DCGAN.");
        }
        DcganModel model = new DcganModel(saved.modelConfig(new DcganFamily()), device, 0);
        try {
            model.loadGenerator(directory);
        } catch (IOException | RuntimeException e) {
            model.close();
            throw new StudioException("The generator weights at " + directory + " cannot be loaded: " + e.getMessage() + ".", e);
        }
        if (model.firstNonFiniteGeneratorWeight().isPresent()) {
            model.close();
            throw notFinite(directory);
        }
        return new DcganImageGenerator(model);
    }

    /** The refusal of a model whose weights hold NaN or infinity (a diverged run saved by other means). */
    static StudioException notFinite(Path directory) {
        return new StudioException("The model at " + directory + " has weights that are not numbers (NaN/Inf); it cannot draw.");
    }

    @Override
    public int latentSize() {
        return config.latentSize();
    }

    @Override
    public int imageSize() {
        return config.imageSize();
    }

    @Override
    public float[] randomLatent(long seed) {
        return StepRandom.gaussian(new java.util.SplittableRandom(seed), config.latentSize());
    }

    @Override
    public BufferedImage[] generate(float[][] latents) {
        float[] joined = new float[latents.length * config.latentSize()];
        for (int i = 0; i < latents.length; i++) {
            if (latents[i].length != config.latentSize()) {
                throw new StudioException("A latent vector has " + latents[i].length + " values; this model needs "
                        + config.latentSize() + ".");
            }
            System.arraycopy(latents[i], 0, joined, i * config.latentSize(), config.latentSize());
        }
        float[] pixels = model.generate(joined);
        int per = config.channels() * config.imageSize() * config.imageSize();
        BufferedImage[] images = new BufferedImage[latents.length];
        for (int i = 0; i < latents.length; i++) {
            images[i] = ImageTensors.fromChw(Arrays.copyOfRange(pixels, i * per, (i + 1) * per), config.channels(),
                    config.imageSize(), config.imageSize());
        }
        return images;
    }

    @Override
    public BufferedImage sampleGrid(int n, long seed) {
        if (n < 1 || n > 1024) {
            throw new StudioException("Ask for between 1 and 1024 samples, not " + n + ".");
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        float[][] latents = new float[n][];
        for (int i = 0; i < n; i++) {
            latents[i] = StepRandom.gaussian(random, config.latentSize());
        }
        List<BufferedImage> tiles = new ArrayList<>(Arrays.asList(generate(latents)));
        return ImageGrid.grid(tiles);
    }

    @Override
    public String modelId() {
        throw new UnsupportedOperationException("latent lab: to be implemented on branch latent");
    }

    @Override
    public int channels() {
        return config.channels();
    }

    @Override
    public BufferedImage generate(float[] latent, org.ganstudio.engine.api.FeatureMask mask) {
        throw new UnsupportedOperationException("latent lab: to be implemented on branch latent");
    }

    @Override
    public List<org.ganstudio.engine.api.GeneratorLayer> layers() {
        throw new UnsupportedOperationException("latent lab: to be implemented on branch latent");
    }

    @Override
    public org.ganstudio.engine.api.FeatureMaps featureMaps(float[] latent, int layer,
            org.ganstudio.engine.api.FeatureMask mask) {
        throw new UnsupportedOperationException("latent lab: to be implemented on branch latent");
    }

    @Override
    public List<org.ganstudio.engine.api.LatentDirection> principalDirections(int count, int samples, long seed) {
        throw new UnsupportedOperationException("latent lab: to be implemented on branch latent");
    }

    @Override
    public List<Integer> mapsTiedTo(List<float[]> with, List<float[]> without, int layer, int count) {
        throw new UnsupportedOperationException("latent lab: to be implemented on branch latent");
    }

    @Override
    public org.ganstudio.engine.api.Projection project(BufferedImage target, int steps, long seed,
            org.ganstudio.engine.api.Projection.Listener listener, java.util.function.BooleanSupplier cancelled) {
        throw new UnsupportedOperationException("latent lab: to be implemented on branch latent");
    }

    @Override
    public void close() {
        model.close();
    }
}
