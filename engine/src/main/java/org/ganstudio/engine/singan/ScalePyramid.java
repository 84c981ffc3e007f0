package org.ganstudio.engine.singan;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.ganstudio.engine.image.ImageTensors;

/**
 * The scales of a SinGAN, coarsest first, and the factor between them.
 *
 * <p>{@link #plan} follows the paper: the image is shrunk so its longer side is at most maxSize; with s its
 * shorter side, N = ceil(log(minSize / s) / log(scaleFactor)) scales lie below it (none when s <= minSize), and
 * the factor becomes (minSize / s)^(1/N) so the coarsest shorter side is minSize (up to rounding). Scale k of
 * N+1 has the size of the finest times factor^(N-k), rounded. (The official code counts N on the original image
 * before shrinking it, and its loop then trains one scale more than it counts (scales 0..N+1, the factor spread
 * over N+1 steps); here N is counted on the shrunk image and there are N+1 scales, as the paper writes.)
 *
 * @param scales every scale, index 0 (coarsest) to the finest
 * @param scaleFactor the ratio between neighbouring scales, 1 when there is one scale
 */
public record ScalePyramid(List<Scale> scales, double scaleFactor) {

    public ScalePyramid {
        scales = List.copyOf(scales);
        if (scales.isEmpty()) {
            throw new IllegalArgumentException("a pyramid needs at least one scale");
        }
        for (int i = 0; i < scales.size(); i++) {
            if (scales.get(i).index() != i) {
                throw new IllegalArgumentException("scale " + i + " has index " + scales.get(i).index());
            }
        }
    }

    /** The pyramid for an image of width x height under config c. */
    public static ScalePyramid plan(int width, int height, SinganConfig c) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive, got " + width + " x " + height);
        }
        double shrink = Math.min(1.0, (double) c.maxSize() / Math.max(width, height));
        int finestW = Math.max(1, (int) Math.round(width * shrink));
        int finestH = Math.max(1, (int) Math.round(height * shrink));
        int shortSide = Math.min(finestW, finestH);
        if (shortSide < SinganConfig.minimumImageSide(c.convBlocks())) {
            throw new IllegalArgumentException("the image is too small for SinGAN: its shorter side is " + shortSide
                    + " px after fitting to " + c.maxSize() + " px, at least "
                    + SinganConfig.minimumImageSide(c.convBlocks()) + " needed");
        }
        int below = shortSide <= c.minSize() ? 0
                : (int) Math.ceil(Math.log((double) c.minSize() / shortSide) / Math.log(c.scaleFactor()) - 1e-9);
        double factor = below == 0 ? 1.0 : Math.pow((double) c.minSize() / shortSide, 1.0 / below);
        List<Scale> scales = new ArrayList<>();
        for (int k = 0; k <= below; k++) {
            double r = Math.pow(factor, below - k);
            int w = k == below ? finestW : Math.max(1, (int) Math.round(finestW * r));
            int h = k == below ? finestH : Math.max(1, (int) Math.round(finestH * r));
            scales.add(new Scale(k, w, h, c.featuresAt(k)));
        }
        return new ScalePyramid(scales, factor);
    }

    /** Scale {@code index}. */
    public Scale scale(int index) {
        return scales.get(index);
    }

    public int size() {
        return scales.size();
    }

    public Scale coarsest() {
        return scales.get(0);
    }

    public Scale finest() {
        return scales.get(scales.size() - 1);
    }

    /** The image (any size) fitted to the finest scale, as channel-first floats in [-1, 1]. */
    public float[] finestImage(BufferedImage image, int channels) {
        return Resampling.resize(ImageTensors.toChw(image, channels), channels, image.getHeight(), image.getWidth(),
                finest().height(), finest().width());
    }

    /** Channel-first floats of the finest scale's size, resized to scale {@code index}. */
    public float[] resizeFromFinest(float[] finestChw, int channels, int index) {
        Scale s = scale(index);
        return Resampling.resize(finestChw, channels, finest().height(), finest().width(), s.height(), s.width());
    }
}
