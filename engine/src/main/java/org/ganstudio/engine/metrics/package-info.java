/**
 * Image-quality scores for comparing a generated image with its reference, as pix2pix-style papers report
 * them: L1 (mean absolute difference), PSNR (peak 1.0, dB) and SSIM (Wang et al. 2004), all on
 * intensities in [0, 1].
 *
 * <p>{@link org.ganstudio.engine.metrics.ImageMetrics#compare} takes two {@link java.awt.image.BufferedImage}s
 * (or {@link org.ganstudio.engine.metrics.ImagePlanes}) of the same size and returns an
 * {@link org.ganstudio.engine.metrics.ImageScores}; {@link org.ganstudio.engine.metrics.ImageScores#mean}
 * averages a test set. {@link org.ganstudio.engine.metrics.DrawingScore} scores a translation of a drawing with no
 * reference: dark inside the drawing's closed outline, white outside.
 *
 * <p>For an unconditional generator, whose samples have no reference each:
 * {@link org.ganstudio.engine.metrics.SlicedWasserstein} compares a set of samples with a set of real images on
 * patches of their {@link org.ganstudio.engine.metrics.LaplacianPyramid} levels (Karras et al. 2018), and
 * {@link org.ganstudio.engine.metrics.NearestNeighbours} measures how near samples lie to their nearest training
 * image. Plain Java, no DJL.
 */
package org.ganstudio.engine.metrics;
