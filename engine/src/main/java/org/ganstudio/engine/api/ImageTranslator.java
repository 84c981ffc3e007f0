package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * A trained image-to-image model (Pix2Pix) opened for inference. Safe to call from one background thread
 * at a time; close it to free native memory.
 */
public interface ImageTranslator extends AutoCloseable {

    /** The model's id (its folder name). */
    String modelId();

    /** Side of the square images the model takes and gives. */
    int imageSize();

    /** 1 for grey, 3 for colour. */
    int inputChannels();

    /** 1 for grey, 3 for colour. */
    int outputChannels();

    /**
     * Translates one image. Any size is accepted: it is fitted (scaled and centre-cropped) to
     * {@link #imageSize()} first.
     *
     * @return the output, {@code imageSize() x imageSize()}
     */
    BufferedImage translate(BufferedImage input);

    /**
     * The drawing as this model will see it: any size, stroke width, polarity or background, normalised to the
     * input style the model declares (the edge style it was trained on). {@link #translate} of the result is
     * what a drawing should be turned into.
     *
     * @throws StudioException when there is nothing to draw from (an empty drawing), with a message for a person
     */
    default PreparedDrawing prepareDrawing(BufferedImage drawing) {
        if (drawing == null || drawing.getWidth() < 1 || drawing.getHeight() < 1) {
            throw new StudioException("There is no drawing.");
        }
        int size = imageSize();
        BufferedImage scaled = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(drawing, 0, 0, size, size, null);
        g.dispose();
        return new PreparedDrawing(scaled, List.of("stretched to " + size + " px"));
    }

    /**
     * The drawings this model was trained on (its card's {@code inputStyle}); thin edge maps when it declares none.
     */
    default DrawingStyle inputStyle() {
        return DrawingStyle.thinEdges();
    }

    /**
     * The edge extractor settings the model's training inputs were made with, when the model says (its
     * {@code edges.json}): a photo turned into edges with them looks like what the model learned from.
     */
    default Optional<EdgeSettings> trainingEdges() {
        return Optional.empty();
    }

    /** Held-out inputs shipped with the model (validation sketches), possibly none. */
    List<BufferedImage> exampleInputs();

    @Override
    void close();
}
