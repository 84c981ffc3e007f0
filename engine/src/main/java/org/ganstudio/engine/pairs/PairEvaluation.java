package org.ganstudio.engine.pairs;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import org.ganstudio.engine.metrics.ImageMetrics;
import org.ganstudio.engine.metrics.ImageScores;

/**
 * Scores an image-to-image model on pairs: each input goes through the model and its output is compared with
 * the pair's target by {@link ImageMetrics} (L1, PSNR, SSIM on intensities in [0, 1]).
 */
public final class PairEvaluation {

    /** The scores of one pair, by its file name in the dataset. */
    public record Scored(String name, ImageScores scores) {}

    /**
     * @param mean the mean of every pair's scores ({@link ImageScores#mean})
     * @param pairs each pair's scores, in dataset order
     */
    public record Report(ImageScores mean, List<Scored> pairs) {
        public Report {
            pairs = List.copyOf(pairs);
        }
    }

    private PairEvaluation() {}

    /**
     * @param model turns an input picture into an output of the targets' size
     * @param pairs the pairs to score, at least one
     * @param progress told the number of pairs scored after each one
     * @throws IllegalArgumentException if {@code pairs} is empty or an output's size differs from its target's
     */
    public static Report evaluate(UnaryOperator<BufferedImage> model, PairedDataset pairs, IntConsumer progress) {
        if (pairs.size() == 0) {
            throw new IllegalArgumentException("no pairs to score");
        }
        List<Scored> scored = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            BufferedImage output = model.apply(pairs.input(i));
            scored.add(new Scored(pairs.names().get(i), ImageMetrics.compare(output, pairs.target(i))));
            progress.accept(i + 1);
        }
        return new Report(ImageScores.mean(scored.stream().map(Scored::scores).toList()), scored);
    }
}
