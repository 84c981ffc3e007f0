package org.ganstudio.engine.pairs;

import java.awt.image.BufferedImage;
import org.ganstudio.engine.image.ImageRejectedException;

/**
 * The side-by-side pair format: one image twice as wide as it is high, the input on the left half and the
 * target on the right half. Images made here are TYPE_BYTE_GRAY when both halves are grey, else TYPE_INT_RGB.
 */
public final class SideBySide {
    private SideBySide() {}

    /**
     * @throws ImageRejectedException if the image is not exactly twice as wide as it is high
     */
    public static void check(BufferedImage image, String name) {
        if (image.getWidth() != 2 * image.getHeight()) {
            throw new ImageRejectedException(name, notSideBySide(image.getWidth(), image.getHeight()));
        }
    }

    /** The reason given for an image of the wrong shape. */
    static String notSideBySide(int width, int height) {
        return "not side by side: " + width + " x " + height + " is not 2:1";
    }

    /** The left (input) half of a checked pair image, sharing its pixels. */
    public static BufferedImage left(BufferedImage pair) {
        return pair.getSubimage(0, 0, pair.getHeight(), pair.getHeight());
    }

    /** The right (target) half of a checked pair image, sharing its pixels. */
    public static BufferedImage right(BufferedImage pair) {
        return pair.getSubimage(pair.getHeight(), 0, pair.getHeight(), pair.getHeight());
    }

    /**
     * One image with {@code input} on the left and {@code target} on the right; a grey half next to a colour
     * one is written as equal R, G and B.
     *
     * @throws IllegalArgumentException if the halves are not square or differ in size
     */
    public static BufferedImage join(BufferedImage input, BufferedImage target) {
        int side = input.getHeight();
        if (input.getWidth() != side || target.getWidth() != side || target.getHeight() != side) {
            throw new IllegalArgumentException("the halves of a pair must be equal squares, got " + input.getWidth()
                    + " x " + input.getHeight() + " and " + target.getWidth() + " x " + target.getHeight());
        }
        if (isGrey(input) && isGrey(target)) {
            BufferedImage pair = new BufferedImage(2 * side, side, BufferedImage.TYPE_BYTE_GRAY);
            pair.getRaster().setSamples(0, 0, side, side, 0, greyLevels(input));
            pair.getRaster().setSamples(side, 0, side, side, 0, greyLevels(target));
            return pair;
        }
        BufferedImage pair = new BufferedImage(2 * side, side, BufferedImage.TYPE_INT_RGB);
        pair.setRGB(0, 0, side, side, packedRgb(input), 0, side);
        pair.setRGB(side, 0, side, side, packedRgb(target), 0, side);
        return pair;
    }

    static boolean isGrey(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY;
    }

    /** Grey levels read from the raster (never through getRGB, which treats grey as linear light). */
    private static int[] greyLevels(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        return grey.getRaster().getSamples(0, 0, w, h, 0, new int[w * h]);
    }

    private static int[] packedRgb(BufferedImage image) {
        if (!isGrey(image)) {
            return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        }
        int[] grey = greyLevels(image);
        int[] packed = new int[grey.length];
        for (int i = 0; i < grey.length; i++) {
            packed[i] = (grey[i] << 16) | (grey[i] << 8) | grey[i];
        }
        return packed;
    }
}
