package org.ganstudio.engine.metrics;

import java.awt.image.BufferedImage;

/**
 * Scores a generated image against its reference: L1, PSNR and SSIM, all on intensities in [0, 1].
 *
 * <p>Two grey images ({@code TYPE_BYTE_GRAY} or {@code TYPE_USHORT_GRAY}) are compared on their one grey
 * channel; otherwise both are compared on R, G and B, a grey image's level standing for all three. L1 and
 * PSNR pool every channel's pixels; SSIM is computed per channel and averaged ({@link Ssim}).
 */
public final class ImageMetrics {
    private ImageMetrics() {}

    /**
     * L1, PSNR and SSIM of {@code a} against {@code b}.
     *
     * @throws IllegalArgumentException if the images differ in size
     */
    public static ImageScores compare(BufferedImage a, BufferedImage b) {
        if (a == null || b == null) {
            throw new IllegalArgumentException("two images are required");
        }
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new IllegalArgumentException("cannot compare images of different sizes: " + a.getWidth() + " x "
                    + a.getHeight() + " and " + b.getWidth() + " x " + b.getHeight());
        }
        int channels = ImagePlanes.isGrey(a) && ImagePlanes.isGrey(b) ? 1 : 3;
        return compare(ImagePlanes.of(a, channels), ImagePlanes.of(b, channels));
    }

    /**
     * L1, PSNR and SSIM of two images given as planes.
     *
     * @throws IllegalArgumentException if they differ in size or channel count
     */
    public static ImageScores compare(ImagePlanes a, ImagePlanes b) {
        return new ImageScores(l1(a, b), psnr(a, b), Ssim.ssim(a, b));
    }

    /** Mean absolute difference over all channels and pixels. */
    public static double l1(ImagePlanes a, ImagePlanes b) {
        checkComparable(a, b);
        double sum = 0;
        for (int c = 0; c < a.channelCount(); c++) {
            float[] x = a.channel(c);
            float[] y = b.channel(c);
            for (int i = 0; i < x.length; i++) {
                sum += Math.abs((double) x[i] - y[i]);
            }
        }
        return sum / valueCount(a);
    }

    /** Mean squared difference over all channels and pixels. */
    public static double meanSquaredError(ImagePlanes a, ImagePlanes b) {
        checkComparable(a, b);
        double sum = 0;
        for (int c = 0; c < a.channelCount(); c++) {
            float[] x = a.channel(c);
            float[] y = b.channel(c);
            for (int i = 0; i < x.length; i++) {
                double d = (double) x[i] - y[i];
                sum += d * d;
            }
        }
        return sum / valueCount(a);
    }

    /** {@code 10 log10(1 / MSE)} in dB for peak 1.0; {@link Double#POSITIVE_INFINITY} for identical images. */
    public static double psnr(ImagePlanes a, ImagePlanes b) {
        double mse = meanSquaredError(a, b);
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(1 / mse);
    }

    static void checkComparable(ImagePlanes a, ImagePlanes b) {
        if (a.width() != b.width() || a.height() != b.height()) {
            throw new IllegalArgumentException("cannot compare images of different sizes: " + a.width() + " x "
                    + a.height() + " and " + b.width() + " x " + b.height());
        }
        if (a.channelCount() != b.channelCount()) {
            throw new IllegalArgumentException("cannot compare images with " + a.channelCount() + " and "
                    + b.channelCount() + " channels");
        }
    }

    private static double valueCount(ImagePlanes a) {
        return (double) a.channelCount() * a.width() * a.height();
    }
}
