package org.ganstudio.engine.metrics;

import java.util.List;

/**
 * How close an image is to its reference.
 *
 * @param l1 mean absolute difference of intensities in [0, 1] (0 is identical)
 * @param psnr peak signal-to-noise ratio in dB for peak 1.0 ({@link Double#POSITIVE_INFINITY} when identical)
 * @param ssim structural similarity (Wang et al. 2004), 1 for identical images
 */
public record ImageScores(double l1, double psnr, double ssim) {

    /**
     * The arithmetic mean of each score over many image pairs, as papers report them (PSNR averaged in dB
     * per image, so one identical pair makes the mean PSNR infinite).
     *
     * @throws IllegalArgumentException if the list is empty
     */
    public static ImageScores mean(List<ImageScores> scores) {
        if (scores == null || scores.isEmpty()) {
            throw new IllegalArgumentException("no scores to average");
        }
        double l1 = 0;
        double psnr = 0;
        double ssim = 0;
        for (ImageScores s : scores) {
            l1 += s.l1();
            psnr += s.psnr();
            ssim += s.ssim();
        }
        int n = scores.size();
        return new ImageScores(l1 / n, psnr / n, ssim / n);
    }
}
