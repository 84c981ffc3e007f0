package org.ganstudio.app.latent;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.ganstudio.app.common.PictureFiles;

/**
 * Images and latents made for people from a generator's small output: enlarged samples, strips of frames, noisy
 * neighbours and random walks.
 *
 * <p>A sample (64 px for a DCGAN) is enlarged once, in the background, with Java2D's bicubic filter, as the Sketch
 * studio does: crisp edges without the blur of a GPU stretch. Feature maps (4 to 32 px) are enlarged with nearest
 * neighbour instead: there the point is to see their cells.
 */
public final class LatentImages {

    /** White gap between the frames of a strip. */
    static final int GAP = 4;

    private LatentImages() {}

    /** {@code image} resampled bicubically to {@code side} px square. */
    public static BufferedImage enlarge(BufferedImage image, int side) {
        return resample(image, side, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    /** The centre square of {@code image} (side: its shorter side), as a model fits a picture. */
    public static BufferedImage centreSquare(BufferedImage image) {
        int side = Math.min(image.getWidth(), image.getHeight());
        return image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side);
    }

    /** {@code image} enlarged to {@code side} px square with its pixels as squares. */
    public static BufferedImage pixels(BufferedImage image, int side) {
        return resample(image, side, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    }

    private static BufferedImage resample(BufferedImage image, int side, Object interpolation) {
        BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, side, side, null);
        g.dispose();
        return out;
    }

    /** The frames side by side on white, each enlarged to {@code side} px, {@link #GAP} px apart. */
    public static BufferedImage strip(List<BufferedImage> frames, int side) {
        BufferedImage sheet = new BufferedImage(frames.size() * (side + GAP) - GAP, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        for (int i = 0; i < frames.size(); i++) {
            g.drawImage(enlarge(frames.get(i), side), i * (side + GAP), 0, null);
        }
        g.dispose();
        return sheet;
    }

    /** The frames as a near-square grid on white (for the arithmetic studio's 3x3 neighbours). */
    public static BufferedImage grid(List<BufferedImage> frames, int columns, int side) {
        int rows = (frames.size() + columns - 1) / columns;
        BufferedImage sheet = new BufferedImage(columns * (side + GAP) - GAP, rows * (side + GAP) - GAP,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        for (int i = 0; i < frames.size(); i++) {
            g.drawImage(enlarge(frames.get(i), side), i % columns * (side + GAP), i / columns * (side + GAP), null);
        }
        g.dispose();
        return sheet;
    }

    /** Writes a PNG; says in a sentence why it could not. */
    public static void writePng(BufferedImage image, java.nio.file.Path file) {
        PictureFiles.writePng(image, file);
    }

    /**
     * Writes the frames, each enlarged to {@code side} px, as an animated GIF that loops for ever
     * ({@link PictureFiles#writeGif}), {@code delayMillis} per frame.
     */
    public static void writeGif(List<BufferedImage> frames, int side, int delayMillis, java.nio.file.Path file) {
        PictureFiles.writeGif(frames.stream().map(f -> enlarge(f, side)).toList(), delayMillis, file);
    }

    /** {@code z} plus Gaussian noise of standard deviation {@code sigma} drawn from {@code random}. */
    public static float[] jitter(float[] z, double sigma, Random random) {
        float[] out = z.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += (float) (sigma * random.nextGaussian());
        }
        return out;
    }

    /**
     * {@code frames} latents of a random walk from {@code start}: each step keeps {@code sqrt(1 - step^2)} of the last
     * and adds {@code step} of fresh N(0, 1) noise, so a walk from a typical latent stays typical.
     */
    public static float[][] randomWalk(float[] start, int frames, double step, long seed) {
        Random random = new Random(seed);
        float[][] out = new float[frames][];
        out[0] = start.clone();
        double keep = Math.sqrt(1 - step * step);
        for (int f = 1; f < frames; f++) {
            out[f] = new float[start.length];
            for (int i = 0; i < start.length; i++) {
                out[f][i] = (float) (keep * out[f - 1][i] + step * random.nextGaussian());
            }
        }
        return out;
    }
}
