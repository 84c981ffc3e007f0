package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A trained unconditional generator (DCGAN) opened for inference and for the latent lab: sampling, feature maps
 * and switching them off, directions, projection. Only the generator is loaded. Safe to call from one background
 * thread at a time; close it to free native memory.
 */
public interface ImageGenerator extends AutoCloseable {

    /** The model's id (its folder name), recorded in bookmarks. */
    String modelId();

    int latentSize();

    int imageSize();

    /** 1 for grey, 3 for colour. */
    int channels();

    /** A latent vector drawn from N(0, 1) with the given seed. */
    float[] randomLatent(long seed);

    /** One image per latent vector. */
    BufferedImage[] generate(float[][] latents);

    /** One image with the maps of {@code mask} switched off (zero after their layer's activation). */
    BufferedImage generate(float[] latent, FeatureMask mask);

    /** n samples from the seed, laid out as a near-square grid. */
    BufferedImage sampleGrid(int n, long seed);

    /** The hidden layers whose feature maps can be shown and switched off, from the latent towards the image. */
    List<GeneratorLayer> layers();

    /** The feature maps of one hidden layer for one latent (with {@code mask} applied to the layers before it). */
    FeatureMaps featureMaps(float[] latent, int layer, FeatureMask mask);

    /**
     * Unsupervised directions in the manner of GANSpace (Härkönen et al. 2020): principal components of the first
     * hidden layer's activations over {@code samples} random latents, each mapped back to latent space by least
     * squares. Named "PC 1", "PC 2", ... in order of explained variance; each spread is the standard deviation
     * of the samples' latents along the direction.
     */
    List<LatentDirection> principalDirections(int count, int samples, long seed);

    /**
     * The directions saved with the model ({@code ./studio directions} learns attribute directions such as
     * "smile" from a labelled dataset), in the order they were saved; empty when it has none.
     */
    default List<LatentDirection> savedDirections() {
        return List.of();
    }

    /**
     * The folder of images the model was trained on, as its saved config names it, when that is an existing folder
     * under the studio's home (a relative name is taken from there); empty otherwise (a model exported with a
     * description of its data instead of a folder, data kept elsewhere).
     */
    default Optional<Path> trainingFolder() {
        return Optional.empty();
    }

    /**
     * The maps of {@code layer} whose mean activation differs most, in standard deviations, between the latents
     * {@code with} an attribute and those {@code without} it, most different first: switching them off tends to
     * remove the attribute (the DCGAN paper's window experiment).
     */
    List<Integer> mapsTiedTo(List<float[]> with, List<float[]> without, int layer, int count);

    /**
     * Looks for the latent whose image comes closest to {@code target} (fitted to the model's size and channels)
     * by gradient descent on z from several random starts, as iGAN does.
     *
     * @param cancelled polled between steps; when true the best latent so far is returned
     * @throws StudioException when the target is not a usable image
     */
    Projection project(BufferedImage target, int steps, long seed, Projection.Listener listener, BooleanSupplier cancelled);

    @Override
    void close();
}
