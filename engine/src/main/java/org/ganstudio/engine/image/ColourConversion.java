package org.ganstudio.engine.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;

/**
 * Turns whatever an {@code ImageReader} returns (grey, palette, alpha, 16-bit...) into the two types
 * this package works with, compositing any transparency onto white.
 */
final class ColourConversion {
    private ColourConversion() {}

    /** A TYPE_INT_RGB image (channels 3) or a TYPE_BYTE_GRAY image (channels 1). */
    static BufferedImage convert(BufferedImage decoded, int channels) {
        Pixels.checkChannels(channels);
        int w = decoded.getWidth();
        int h = decoded.getHeight();
        if (isGreyComponents(decoded.getColorModel())) {
            int[] grey = greyOnWhite(decoded);
            return Pixels.fromPlanes(channels == 1 ? new int[][] {grey} : new int[][] {grey, grey, grey}, w, h);
        }
        BufferedImage rgb = decoded.getType() == BufferedImage.TYPE_INT_RGB ? decoded : drawOnWhite(decoded);
        return channels == 3 ? rgb : Pixels.fromPlanes(Pixels.planes(rgb, 1), w, h);
    }

    private static boolean isGreyComponents(ColorModel model) {
        return model instanceof ComponentColorModel
                && model.getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && model.getNumColorComponents() == 1;
    }

    /**
     * Grey levels scaled to 8 bits straight from the raster. The stored levels are taken as they are
     * (as PNG writers intend), not passed through Java's linear-grey colour space.
     */
    private static int[] greyOnWhite(BufferedImage decoded) {
        ColorModel model = decoded.getColorModel();
        Raster raster = decoded.getRaster();
        int w = decoded.getWidth();
        int h = decoded.getHeight();
        double greyMax = (1 << model.getComponentSize(0)) - 1;
        int[] grey = raster.getSamples(0, 0, w, h, 0, new int[w * h]);
        int[] out = new int[w * h];
        if (!model.hasAlpha()) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (int) Math.round(grey[i] * 255.0 / greyMax);
            }
            return out;
        }
        double alphaMax = (1 << model.getComponentSize(1)) - 1;
        int[] alpha = raster.getSamples(0, 0, w, h, 1, new int[w * h]);
        boolean premultiplied = model.isAlphaPremultiplied();
        for (int i = 0; i < out.length; i++) {
            double a = alpha[i] / alphaMax;
            double g = grey[i] / greyMax;
            double composited = (premultiplied ? g : g * a) + (1 - a);
            out[i] = (int) Math.round(Math.min(1.0, composited) * 255.0);
        }
        return out;
    }

    private static BufferedImage drawOnWhite(BufferedImage decoded) {
        BufferedImage rgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(decoded, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
