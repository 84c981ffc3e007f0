/**
 * Line drawings from photos, in plain Java: the input half of edges-to-photo training pairs and the
 * app's live edge preview.
 *
 * <p>Data flow: {@link org.ganstudio.engine.edges.GreyImage#of} turns any {@link java.awt.image.BufferedImage}
 * into luma floats in [0, 1]; a detector, {@link org.ganstudio.engine.edges.Xdog} (Winnemöller et al.
 * 2012) or {@link org.ganstudio.engine.edges.Canny} (Canny 1986), both built on
 * {@link org.ganstudio.engine.edges.GaussianBlur}, draws black lines on white;
 * {@link org.ganstudio.engine.edges.ZhangSuenThinning} thins them to one pixel and
 * {@link org.ganstudio.engine.edges.SpeckRemoval} drops small blobs.
 * {@link org.ganstudio.engine.edges.EdgeExtractor} runs these steps from an
 * {@link org.ganstudio.engine.api.EdgeSettings} and returns a {@code TYPE_BYTE_GRAY} image.
 *
 * <p>Every step works on primitive arrays with no per-pixel objects, so a 512 x 512 preview takes a few
 * tens of milliseconds on one core. Nothing here uses DJL.
 */
package org.ganstudio.engine.edges;
