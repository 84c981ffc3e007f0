package org.ganstudio.engine.cli;

import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.ganstudio.engine.api.Images;
import org.ganstudio.engine.api.MultiScaleSampler;
import org.ganstudio.engine.image.ImageFitter;
import org.ganstudio.engine.metrics.ImageMetrics;
import org.ganstudio.engine.metrics.ImagePlanes;
import org.ganstudio.engine.metrics.ImageScores;
import org.ganstudio.engine.metrics.SlicedWasserstein;

/**
 * {@code ./studio eval} of a SinGAN: how far the patch statistics of its random pictures lie from those of the one
 * picture it learnt (sliced Wasserstein distance on 7x7 Laplacian-pyramid patches, x 1e3 per level, as for the
 * DCGANs), beside references that say what the figure means: the model's own reconstruction and the picture
 * mirrored (near zero: the same patches), and the picture enlarged from the coarsest scale (what a model that
 * learnt nothing above it would give). With {@code --original}, its x2 super-resolution is scored against a real
 * picture of twice the size: PSNR and SSIM, beside plain bicubic enlargement.
 */
final class MultiScaleEval {

    private final long seed;
    private final PrintStream out;

    MultiScaleEval(long seed, PrintStream out) {
        this.seed = seed;
        this.out = out;
    }

    void run(MultiScaleSampler model, int samples, Path original) {
        BufferedImage picture = model.trainingImage();
        int w = picture.getWidth();
        int h = picture.getHeight();
        int n = Math.max(2, Math.min(samples, 64));
        List<ImagePlanes> real = Collections.nCopies(n, ImagePlanes.of(picture, 3));
        out.printf(Locale.ROOT, "%s: %d scales, %dx%d; SWD x 1e3 against the picture itself, %d pictures each%n",
                model.modelId(), model.scales().size(), w, h, n);
        int top = model.scales().size() - 1;
        for (int start : top >= 2 ? List.of(0, 1, top / 2) : List.of(0)) {
            report("random, start scale " + start, set(n, i -> model.sample(w, h, start, seed + i)), real);
        }
        report("reference: the picture mirrored", Collections.nCopies(n, ImagePlanes.of(mirrored(picture), 3)), real);
        var coarsest = model.scales().get(0);
        BufferedImage blurred = ImageFitter.resize(ImageFitter.resize(picture, coarsest.width(), coarsest.height()), w, h);
        report("reference: the picture enlarged from the coarsest scale", Collections.nCopies(n, ImagePlanes.of(blurred, 3)),
                real);
        if (original != null) {
            superResolution(model, picture, original);
        }
    }

    private void superResolution(MultiScaleSampler model, BufferedImage picture, Path original) {
        BufferedImage truth = Images.decode(original);
        BufferedImage result = model.superResolve(2, seed);
        if (truth.getWidth() != result.getWidth() || truth.getHeight() != result.getHeight()) {
            truth = ImageFitter.resize(truth, result.getWidth(), result.getHeight());
        }
        BufferedImage bicubicLike = ImageFitter.resize(picture, result.getWidth(), result.getHeight());
        ImageScores sr = ImageMetrics.compare(result, truth);
        ImageScores plain = ImageMetrics.compare(bicubicLike, truth);
        out.printf(Locale.ROOT, "x2 super-resolution against %s (%dx%d): PSNR %.2f dB, SSIM %.4f; plain enlargement:"
                + " PSNR %.2f dB, SSIM %.4f%n", original.getFileName(), truth.getWidth(), truth.getHeight(), sr.psnr(),
                sr.ssim(), plain.psnr(), plain.ssim());
    }

    private void report(String what, List<ImagePlanes> set, List<ImagePlanes> real) {
        SlicedWasserstein.Result r = SlicedWasserstein.distance(set, real, SlicedWasserstein.Settings.KARRAS, seed);
        StringBuilder levels = new StringBuilder();
        for (int i = 0; i < r.perLevel().size(); i++) {
            levels.append(String.format(Locale.ROOT, "  %d px: %.1f", r.levelWidths().get(i), r.perLevel().get(i)));
        }
        out.printf(Locale.ROOT, "%-58s average %6.1f |%s%n", what, r.average(), levels);
    }

    private static List<ImagePlanes> set(int n, IntFunction<BufferedImage> make) {
        List<ImagePlanes> set = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            set.add(ImagePlanes.of(make.apply(i), 3));
        }
        return set;
    }

    private static BufferedImage mirrored(BufferedImage picture) {
        BufferedImage out = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                out.setRGB(picture.getWidth() - 1 - x, y, picture.getRGB(x, y));
            }
        }
        return out;
    }
}
