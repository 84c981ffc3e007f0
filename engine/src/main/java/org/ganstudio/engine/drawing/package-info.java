/**
 * Drawings made by people, normalised to the input style a model was trained on, in plain Java (no DJL).
 *
 * <p>Data flow: {@link org.ganstudio.engine.drawing.InkReading} measures each pixel's ink as its distance from
 * the border's colour (or its opacity on a transparent ground), so any colour and either polarity reads the
 * same; {@link org.ganstudio.engine.drawing.Masks} holds the mask operations (bounds, crop, square dilation and
 * erosion by running counts); {@link org.ganstudio.engine.drawing.BoxResampler} places the cropped ink into the
 * model's frame by area averaging; {@link org.ganstudio.engine.drawing.DrawingNormaliser} runs the steps for an
 * {@link org.ganstudio.engine.api.DrawingStyle} and reports them in a
 * {@link org.ganstudio.engine.api.PreparedDrawing}. Thinning and speck removal come from the {@code edges}
 * package, as does the edge extractor a photo is sent through.
 */
package org.ganstudio.engine.drawing;
