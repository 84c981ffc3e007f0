package org.ganstudio.app.singan;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/** Pictures the SinGAN studio makes around the model's: copies, grids and strips, pasted objects, masks. */
final class SinganImages {

    /** Gap between the pictures of a grid or strip. */
    static final int GAP = 4;
    static final int LABEL_HEIGHT = 16;

    private SinganImages() {}

    /** An RGB copy (the model's outputs may be shared; a painting must not change what the model returned). */
    static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    /** {@code image} resampled bicubically to width x height. */
    static BufferedImage resize(BufferedImage image, int width, int height) {
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage out = new BufferedImage(Math.max(1, width), Math.max(1, height), type);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    /**
     * The pictures in rows of {@code columns} on white, each scaled to {@code cellHeight} px high (keeping its
     * shape), with a caption above each when {@code labels} is not null.
     */
    static BufferedImage grid(List<BufferedImage> pictures, List<String> labels, int columns, int cellHeight) {
        int cellWidth = 1;
        for (BufferedImage p : pictures) {
            cellWidth = Math.max(cellWidth, (int) Math.round(p.getWidth() * (double) cellHeight / p.getHeight()));
        }
        int label = labels == null ? 0 : LABEL_HEIGHT;
        int rows = (pictures.size() + columns - 1) / columns;
        int cols = Math.min(columns, pictures.size());
        BufferedImage sheet = new BufferedImage(Math.max(1, cols * (cellWidth + GAP) - GAP),
                Math.max(1, rows * (cellHeight + label + GAP) - GAP), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int i = 0; i < pictures.size(); i++) {
            BufferedImage p = pictures.get(i);
            int w = (int) Math.round(p.getWidth() * (double) cellHeight / p.getHeight());
            int x = i % columns * (cellWidth + GAP);
            int y = i / columns * (cellHeight + label + GAP);
            if (labels != null) {
                g.setColor(Color.DARK_GRAY);
                g.drawString(labels.get(i), x + 2, y + LABEL_HEIGHT - 4);
            }
            g.drawImage(p, x, y + label, w, cellHeight, null);
        }
        g.dispose();
        return sheet;
    }

    /** Where a pasted object lies on a picture: centred at (x, y), {@code height} px high, its shape kept. */
    static Rectangle placement(BufferedImage object, double x, double y, double height) {
        int h = Math.max(1, (int) Math.round(height));
        int w = Math.max(1, (int) Math.round(object.getWidth() * (double) h / object.getHeight()));
        return new Rectangle((int) Math.round(x - w / 2.0), (int) Math.round(y - h / 2.0), w, h);
    }

    /** The background with the object drawn over it (through its transparency) at {@code where}. */
    static BufferedImage paste(BufferedImage background, BufferedImage object, Rectangle where) {
        BufferedImage out = copy(background);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(object, where.x, where.y, where.width, where.height, null);
        g.dispose();
        return out;
    }

    /**
     * The mask of a pasted object: white where it covers the background (its alpha, or its whole rectangle when it
     * has none), black elsewhere; the size of the background.
     */
    static BufferedImage objectMask(BufferedImage background, BufferedImage object, Rectangle where) {
        BufferedImage alpha = new BufferedImage(background.getWidth(), background.getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = alpha.createGraphics();
        g.drawImage(object, where.x, where.y, where.width, where.height, null);
        g.dispose();
        BufferedImage mask = new BufferedImage(background.getWidth(), background.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < mask.getHeight(); y++) {
            for (int x = 0; x < mask.getWidth(); x++) {
                int a = alpha.getRGB(x, y) >>> 24;
                mask.setRGB(x, y, a >= 128 ? 0xffffff : 0);
            }
        }
        return mask;
    }

    /** A black picture the size of {@code like} with the rectangles in white. */
    static BufferedImage rectangleMask(BufferedImage like, Rectangle... white) {
        BufferedImage mask = new BufferedImage(like.getWidth(), like.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = mask.createGraphics();
        g.setColor(Color.WHITE);
        for (Rectangle r : white) {
            g.fill(r);
        }
        g.dispose();
        return mask;
    }

    /**
     * The picture with the region {@code from} copied to {@code to} (same size); when {@code move}, the place it left
     * is filled with the mean colour of its border first, for the model to fill in.
     */
    static BufferedImage moveRegion(BufferedImage picture, Rectangle from, Rectangle to, boolean move) {
        Rectangle src = from.intersection(new Rectangle(0, 0, picture.getWidth(), picture.getHeight()));
        BufferedImage out = copy(picture);
        if (src.isEmpty()) {
            return out;
        }
        BufferedImage region = copy(picture.getSubimage(src.x, src.y, src.width, src.height));
        Graphics2D g = out.createGraphics();
        if (move) {
            g.setColor(borderMean(picture, src));
            g.fill(src);
        }
        g.setComposite(AlphaComposite.Src);
        g.drawImage(region, to.x + (src.x - from.x), to.y + (src.y - from.y), null);
        g.dispose();
        return out;
    }

    private static Color borderMean(BufferedImage picture, Rectangle r) {
        long red = 0;
        long green = 0;
        long blue = 0;
        int n = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if (x == r.x || y == r.y || x == r.x + r.width - 1 || y == r.y + r.height - 1) {
                    int rgb = picture.getRGB(x, y);
                    red += rgb >> 16 & 0xff;
                    green += rgb >> 8 & 0xff;
                    blue += rgb & 0xff;
                    n++;
                }
            }
        }
        return n == 0 ? Color.GRAY : new Color((int) (red / n), (int) (green / n), (int) (blue / n));
    }
}
