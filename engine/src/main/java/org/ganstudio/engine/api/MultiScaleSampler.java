package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A trained multi-scale model (SinGAN, Shaham et al. 2019): a pyramid of generators learnt from one picture. Every
 * method returns a new picture and changes nothing; the same arguments give the same picture. Calls may take tens of
 * milliseconds; callers keep them off the UI thread.
 */
public interface MultiScaleSampler extends AutoCloseable {

    /** The model's folder name, as bookmarks and saved results record it. */
    String modelId();

    /** The pyramid, coarsest scale first; the last is the size the model was trained at. */
    List<PyramidScale> scales();

    /** The picture the model learnt, at its finest scale. */
    BufferedImage trainingImage();

    /**
     * A random picture of any size (the paper's random samples): noise from {@code startScale} up, where scales below
     * it come from the training picture itself, so a higher start keeps more of its layout.
     *
     * @param width output width in pixels (any, e.g. twice the training width for a wider scene)
     * @param height output height in pixels
     * @param startScale 0 (coarsest: most variety) to {@code scales().size() - 1}
     */
    BufferedImage sample(int width, int height, int startScale, long seed);

    /**
     * A picture injected at a scale and carried up through the finer generators (paint-to-image, editing,
     * harmonization). The picture is resized to the training size, brought down to scale {@code scale}, and generated
     * from there. With a mask, the result is the picture where the mask is black and the generated picture where it
     * is white, the mask first dilated and softened so the seam disappears (the paper's editing and harmonization);
     * without one the whole picture is regenerated (paint-to-image).
     *
     * @param picture the layout, the edited picture or the background with the pasted object
     * @param mask null, or a picture of the same size whose brightness says where to regenerate
     * @param scale the injection scale, 1 to {@code scales().size() - 1}
     */
    BufferedImage inject(BufferedImage picture, BufferedImage mask, int scale, long seed);

    /**
     * The training picture enlarged by {@code factor} (2 or 4) as the paper does: the finest generator applied again
     * at each step of the pyramid's scale factor until the size is reached.
     */
    BufferedImage superResolve(int factor, long seed);

    /**
     * A looping animation from the one picture: a random walk of the noise at {@code scale}, the coarser scales fixed.
     *
     * @param frames pictures in the loop, at least 2
     * @param scale where the walk happens: low scales move whole shapes, high ones only texture
     * @param step how far the noise moves between frames, 0 to 1
     * @param cancelled polled between frames; when true the frames so far are returned
     */
    List<BufferedImage> animate(int frames, int scale, double step, long seed, BooleanSupplier cancelled);

    @Override
    void close();
}
