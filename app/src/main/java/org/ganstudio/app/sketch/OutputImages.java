package org.ganstudio.app.sketch;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Images made from a model's small output for people: the enlarged output, and the side-by-side sheet a save
 * writes.
 *
 * <p>The output (64 px for the shipped model) is enlarged once, in the background, with Java2D's bicubic filter
 * (Keys' cubic convolution, a = -0.5) straight to {@link #SHOWN} px; the screen then shows that image at about its
 * own size. Bicubic keeps the output's colours and edges crisp without the blur of a GPU bilinear stretch or the
 * blocks of nearest neighbour; Lanczos would ring more for a hardly visible gain at 8x, and needs its own code.
 * "What the model sees" is enlarged with nearest neighbour instead: there the point is to see its pixels.
 */
final class OutputImages {

    /** Side the output is enlarged to, the drawing's side. */
    static final int SHOWN = Sketch.SIDE;
    /** White gap between the panels of the side-by-side sheet. */
    static final int GAP = 16;

    private OutputImages() {}

    /** The output resampled bicubically to {@link #SHOWN} px square. */
    static BufferedImage enlarge(BufferedImage output) {
        return resample(output, SHOWN, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    /** Any image resampled to {@code side} px square with the given interpolation hint. */
    static BufferedImage resample(BufferedImage image, int side, Object interpolation) {
        BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, side, side, null);
        g.dispose();
        return out;
    }

    /**
     * The drawing, what the model saw (its pixels shown as squares) and the output (enlarged), side by side on
     * white, each {@link #SHOWN} px square: {@code 3 * SHOWN + 2 * GAP} wide and {@code SHOWN} high.
     */
    static BufferedImage sideBySide(BufferedImage drawing, BufferedImage modelInput, BufferedImage output) {
        BufferedImage sheet = new BufferedImage(3 * SHOWN + 2 * GAP, SHOWN, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.drawImage(resample(drawing, SHOWN, RenderingHints.VALUE_INTERPOLATION_BILINEAR), 0, 0, null);
        g.drawImage(resample(modelInput, SHOWN, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR), SHOWN + GAP, 0, null);
        g.drawImage(enlarge(output), 2 * (SHOWN + GAP), 0, null);
        g.dispose();
        return sheet;
    }
}
