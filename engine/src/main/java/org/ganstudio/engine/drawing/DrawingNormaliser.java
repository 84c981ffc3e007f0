package org.ganstudio.engine.drawing;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ganstudio.engine.api.DrawingStyle;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.PreparedDrawing;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.edges.EdgeExtractor;
import org.ganstudio.engine.edges.GreyImage;
import org.ganstudio.engine.edges.SpeckRemoval;
import org.ganstudio.engine.edges.ZhangSuenThinning;

/**
 * Turns any drawing into the input style a model was trained on ({@link DrawingStyle}): ink read against the
 * border's colour ({@link InkReading}), specks dropped, cropped to the ink, scaled with the aspect kept so the
 * longer side spans the style's share of the frame around its centre, strokes grown in proportion to the
 * shrinking so thin lines survive area averaging ({@link BoxResampler}), thresholded, thinned to one pixel
 * (Zhang–Suen) and drawn at the style's width and polarity. A picture with solid, shaded areas (a photo) is
 * framed the same way and turned into edges with the model's own edge settings instead.
 */
public final class DrawingNormaliser {

    /** The message of the exception for a drawing without ink. */
    public static final String EMPTY = "The drawing is empty: draw a few lines first.";
    /** An output pixel is ink when at least this share of it is covered by (grown) strokes. */
    static final float COVERAGE = 0.4f;
    /** Strokes are grown until they are at least this wide in output pixels before averaging. */
    static final double SURVIVING_WIDTH = 0.8;
    /** Ink components smaller than this many pixels, per 256 px of the drawing's size, are specks. */
    static final double SPECK_PIXELS_PER_256 = 5;
    /** A picture is a photo when this share of its ink lies inside solid areas... */
    static final double SOLID_PHOTO = 0.2;
    /** ...and this share of its ink is mid-grey, or when this much is solid whatever its greys. */
    static final double MIDTONE_PHOTO = 0.25;
    static final double SOLID_FILL = 0.5;
    /** Solid means a square of this share of the drawing's longer side around a pixel is all ink. */
    static final double SOLID_SQUARE = 0.03;

    private final DrawingStyle style;
    private final int size;
    private final int channels;
    private final EdgeSettings photoEdges;

    /**
     * @param style the model's input style
     * @param size the model's input side
     * @param channels 1 (grey) or 3 (colour)
     * @param photoEdges how the model's training edges were made, for a photo given instead of a drawing
     */
    public DrawingNormaliser(DrawingStyle style, int size, int channels, EdgeSettings photoEdges) {
        if (style == null || photoEdges == null || size < 4 || (channels != 1 && channels != 3)) {
            throw new IllegalArgumentException("a style, edge settings, a size of at least 4 and 1 or 3 channels are needed");
        }
        this.style = style;
        this.size = size;
        this.channels = channels;
        this.photoEdges = photoEdges;
    }

    /**
     * The drawing as the model sees it, with the steps taken.
     *
     * @throws StudioException when the drawing holds no ink
     */
    public PreparedDrawing prepare(BufferedImage drawing) {
        if (drawing == null || drawing.getWidth() < 1 || drawing.getHeight() < 1) {
            throw new StudioException("There is no drawing.");
        }
        List<String> steps = new ArrayList<>();
        InkReading reading = InkReading.of(drawing);
        int w = reading.width();
        int h = reading.height();
        if (reading.transparent()) {
            steps.add("flattened transparency: ink where opaque");
        } else if (reading.inverted()) {
            steps.add("inverted: light lines on dark");
        }
        byte[] mask = reading.mask();
        int before = Masks.count(mask);
        int speck = (int) Math.round(SPECK_PIXELS_PER_256 * Math.sqrt((double) w * h) / 256);
        SpeckRemoval.removeSpecks(mask, w, h, Math.max(2, speck));
        if (Masks.count(mask) < before) {
            steps.add("removed specks");
        }
        Masks.Box box = Masks.bounds(mask, w, h);
        if (box == null) {
            throw new StudioException(EMPTY);
        }
        if (box.width() < w || box.height() < h) {
            steps.add("cropped to the drawing, " + box.width() + " x " + box.height() + " px");
        }
        boolean photo = looksLikePhoto(reading, mask, box);
        // a thick stroke's skeleton lies half a stroke inside the ink's box: frame the skeleton
        double inset = photo ? 0 : Math.min((strokeWidth(mask, w, box) - 1) / 2, Math.min(box.width(), box.height()) / 4.0);
        double extentX = box.width() - 2 * inset;
        double extentY = box.height() - 2 * inset;
        double scale = style.span() * size / Math.max(extentX, extentY);
        double left = origin(style.centreX(), extentX * scale) - inset * scale;
        double top = origin(style.centreY(), extentY * scale) - inset * scale;
        steps.add(String.format(Locale.ROOT, "scaled by %s into %d px", decimal(scale),
                Math.round(Math.max(extentX, extentY) * scale)));
        byte[] lines = photo
                ? photoEdges(drawing, reading, box, scale, left, top, steps)
                : drawnLines(mask, w, box, scale, left, top, steps);
        if (Masks.count(lines) == 0) {
            throw new StudioException(EMPTY);
        }
        if (style.lineWidth() > 1) {
            lines = Masks.dilate(lines, size, size, (style.lineWidth() - 1) / 2, style.lineWidth() / 2);
            steps.add("lines drawn " + style.lineWidth() + " px wide");
        }
        if (!style.darkLinesOnLight()) {
            steps.add("drawn as light lines on dark");
        }
        return new PreparedDrawing(render(lines), steps);
    }

    /** Where the box's first edge goes so that its centre sits at {@code centre}, kept inside the frame. */
    private double origin(double centre, double extent) {
        double start = centre * size - extent / 2;
        return extent >= size ? (size - extent) / 2 : Math.max(0, Math.min(size - extent, start));
    }

    /** The mean stroke width of the ink in a box: its area over the length of its one-pixel skeleton. */
    private static double strokeWidth(byte[] mask, int w, Masks.Box box) {
        byte[] crop = Masks.crop(mask, w, box);
        int area = Masks.count(crop);
        ZhangSuenThinning.thin(crop, box.width(), box.height());
        int length = Masks.count(crop);
        return length == 0 ? 1 : Math.max(1, area / (double) length);
    }

    private boolean looksLikePhoto(InkReading reading, byte[] mask, Masks.Box box) {
        int r = Math.max(2, (int) Math.round(SOLID_SQUARE * Math.max(box.width(), box.height())));
        if (box.width() <= 2 * r || box.height() <= 2 * r) {
            return false;
        }
        byte[] crop = Masks.crop(mask, reading.width(), box);
        int ink = Masks.count(crop);
        double solid = Masks.count(Masks.erode(crop, box.width(), box.height(), r)) / (double) ink;
        return solid >= SOLID_FILL || (solid >= SOLID_PHOTO && reading.midtoneShare(box) >= MIDTONE_PHOTO);
    }

    private byte[] drawnLines(byte[] mask, int w, Masks.Box box, double scale, double left, double top,
            List<String> steps) {
        int grow = scale >= SURVIVING_WIDTH ? 0 : (int) Math.ceil((SURVIVING_WIDTH / scale - 1) / 2);
        int gw = box.width() + 2 * grow;
        int gh = box.height() + 2 * grow;
        byte[] grown = new byte[gw * gh];
        byte[] crop = Masks.crop(mask, w, box);
        for (int y = 0; y < box.height(); y++) {
            System.arraycopy(crop, y * box.width(), grown, (y + grow) * gw + grow, box.width());
        }
        if (grow > 0) {
            grown = Masks.dilate(grown, gw, gh, grow, grow);
            steps.add("strokes thickened by " + grow + " px to survive the scaling");
        }
        float[] coverage = BoxResampler.place(Masks.toFloats(grown), gw, new Masks.Box(0, 0, gw - 1, gh - 1), scale,
                left - grow * scale, top - grow * scale, size);
        byte[] lines = new byte[size * size];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = coverage[i] >= COVERAGE ? (byte) 1 : 0;
        }
        ZhangSuenThinning.thin(lines, size, size);
        SpeckRemoval.removeSpecks(lines, size, size, 2);
        steps.add("strokes thinned to 1 px");
        return lines;
    }

    private byte[] photoEdges(BufferedImage drawing, InkReading reading, Masks.Box box, double scale, double left,
            double top, List<String> steps) {
        GreyImage grey = GreyImage.of(drawing);
        float ground = reading.transparent() ? 1f : reading.background();
        float[] offsets = new float[grey.pixels().length];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = grey.pixels()[i] - ground;
        }
        float[] framed = BoxResampler.place(offsets, grey.width(), box, scale, left, top, size);
        for (int i = 0; i < framed.length; i++) {
            framed[i] += ground;
        }
        BufferedImage edges = EdgeExtractor.extract(new GreyImage(size, size, framed).toImage(), photoEdges);
        byte[] lines = new byte[size * size];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = (edges.getRaster().getDataBuffer().getElem(i) & 0xFF) < 128 ? (byte) 1 : 0;
        }
        steps.add("looked like a photo (shaded areas, not lines): turned into "
                + photoEdges.method().name().toLowerCase(Locale.ROOT) + " edges as in training");
        return lines;
    }

    private BufferedImage render(byte[] lines) {
        int ink = style.darkLinesOnLight() ? 0 : 255;
        int paper = 255 - ink;
        int[] levels = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            levels[i] = lines[i] != 0 ? ink : paper;
        }
        if (channels == 1) {
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
            image.getRaster().setSamples(0, 0, size, size, 0, levels);
            return image;
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        int[] rgb = new int[levels.length];
        for (int i = 0; i < levels.length; i++) {
            rgb[i] = levels[i] << 16 | levels[i] << 8 | levels[i];
        }
        image.setRGB(0, 0, size, size, rgb, 0, size);
        return image;
    }

    private static String decimal(double value) {
        return value >= 10 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 0.1 ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%.2g", value);
    }
}
