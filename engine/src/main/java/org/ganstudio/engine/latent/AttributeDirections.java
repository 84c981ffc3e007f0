package org.ganstudio.engine.latent;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ganstudio.engine.api.LatentDirection;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.train.StepRandom;

/**
 * Directions from attribute classifiers, in the manner of Shen et al. 2020 (InterFaceGAN, "Interpreting the
 * Latent Space of GANs for Semantic Face Editing"): random latents are drawn, their images scored by each
 * classifier, and the classifier's log-odds (clipped to +-{@value #CLIP}) regressed on the latents by least
 * squares (a tiny ridge). The direction is the unit coefficient vector, so + raises the score; its spread is the
 * standard deviation of the samples' latents along it.
 *
 * <p>Each direction is checked on the generator itself: the first {@code effectSamples} latents are moved
 * {@value #EFFECT_SPREADS} spreads each way and the classifier's mean probability on the two sets of images is
 * reported. A direction that works moves that score clearly.
 */
public final class AttributeDirections {

    /** Latents per call to the generator. */
    static final int BATCH = 64;
    /** Log-odds beyond this are clipped before the regression, so a few sure samples do not rule the fit. */
    static final double CLIP = 8;
    /** How far the effect check moves each sample, in spreads. */
    public static final double EFFECT_SPREADS = 2;
    private static final double RIDGE = 1e-3;

    /** Draws images for latents (an {@code ImageGenerator}'s {@code generate}). */
    @FunctionalInterface
    public interface Sampler {
        BufferedImage[] generate(float[][] latents);
    }

    /** Told how many images have been drawn of the total. */
    @FunctionalInterface
    public interface Progress {
        void drawn(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** A slider's name and its classifier. */
    public record Attribute(String name, AttributeClassifier classifier) {}

    /**
     * @param direction kind {@link LatentDirection.Kind#ATTRIBUTE}, named after the attribute
     * @param meanScore the classifier's mean probability over the samples
     * @param scoreMinus its mean probability over the samples moved -{@value #EFFECT_SPREADS} spreads
     * @param scorePlus ... moved +{@value #EFFECT_SPREADS} spreads
     */
    public record Found(LatentDirection direction, double meanScore, double scoreMinus, double scorePlus) {}

    private AttributeDirections() {}

    /**
     * @param channels the generator's channels, for the classifiers' features
     * @param samples random latents scored and regressed on (at least 2 and more than a few times latentSize for
     *     a stable fit)
     * @param effectSamples of those, how many are moved each way to measure the effect
     */
    public static List<Found> fit(Sampler sampler, int latentSize, int channels, List<Attribute> attributes,
            int samples, int effectSamples, long seed, Progress progress) {
        if (samples < 2) {
            throw new StudioException("Use at least 2 samples to fit directions, not " + samples + ".");
        }
        int effect = Math.max(1, Math.min(effectSamples, samples));
        int total = samples + 2 * effect * attributes.size();
        float[][] latents = new float[samples][];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < samples; i++) {
            latents[i] = StepRandom.gaussian(random, latentSize);
        }
        int[] done = {0};
        double[][] logits = new double[attributes.size()][samples];
        double[] meanScores = new double[attributes.size()];
        score(sampler, latents, channels, attributes, (a, i, logit) -> {
            logits[a][i] = Math.max(-CLIP, Math.min(CLIP, logit));
            meanScores[a] += AttributeClassifier.sigmoid(logit) / samples;
        }, done, total, progress);
        Regression regression = new Regression(latents, latentSize);
        List<Found> found = new ArrayList<>();
        for (int a = 0; a < attributes.size(); a++) {
            float[] direction = regression.direction(logits[a]);
            double spread = spread(latents, direction);
            double[] ends = new double[2];
            for (int side = 0; side < 2; side++) {
                double amount = (side == 0 ? -EFFECT_SPREADS : EFFECT_SPREADS) * spread;
                float[][] moved = new float[effect][];
                for (int i = 0; i < effect; i++) {
                    moved[i] = org.ganstudio.engine.api.Latents.move(latents[i], direction, amount);
                }
                int s = side;
                score(sampler, moved, channels, List.of(attributes.get(a)),
                        (ignored, i, logit) -> ends[s] += AttributeClassifier.sigmoid(logit) / effect,
                        done, total, progress);
            }
            found.add(new Found(new LatentDirection(attributes.get(a).name(), LatentDirection.Kind.ATTRIBUTE,
                    direction, spread), meanScores[a], ends[0], ends[1]));
        }
        return List.copyOf(found);
    }

    private interface Scores {
        void logit(int attribute, int sample, double logit);
    }

    private static void score(Sampler sampler, float[][] latents, int channels, List<Attribute> attributes,
            Scores scores, int[] done, int total, Progress progress) {
        for (int start = 0; start < latents.length; start += BATCH) {
            int end = Math.min(latents.length, start + BATCH);
            BufferedImage[] images = sampler.generate(java.util.Arrays.copyOfRange(latents, start, end));
            for (int i = start; i < end; i++) {
                float[] features = AttributeClassifier.features(images[i - start], channels);
                for (int a = 0; a < attributes.size(); a++) {
                    scores.logit(a, i, attributes.get(a).classifier().logit(features));
                }
            }
            done[0] += end - start;
            progress.drawn(done[0], total);
        }
    }

    /** Standard deviation of the latents' positions along a unit direction (1 when it is zero). */
    static double spread(float[][] latents, float[] direction) {
        double sum = 0;
        double squares = 0;
        for (float[] z : latents) {
            double position = org.ganstudio.engine.api.Latents.dot(z, direction);
            sum += position;
            squares += position * position;
        }
        int n = latents.length;
        double variance = squares / n - (sum / n) * (sum / n);
        return variance > 1e-12 ? Math.sqrt(variance) : 1;
    }

    /** Least squares of a target on the centred latents, the normal matrix factored once. */
    private static final class Regression {
        private final double[][] centred;
        private final double[][] cholesky;

        Regression(float[][] latents, int l) {
            int n = latents.length;
            double[] mean = new double[l];
            for (float[] z : latents) {
                for (int j = 0; j < l; j++) {
                    mean[j] += z[j] / (double) n;
                }
            }
            centred = new double[n][l];
            double[][] normal = new double[l][l];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < l; j++) {
                    centred[i][j] = latents[i][j] - mean[j];
                }
                double[] row = centred[i];
                for (int a = 0; a < l; a++) {
                    for (int b = a; b < l; b++) {
                        normal[a][b] += row[a] * row[b];
                    }
                }
            }
            double trace = 0;
            for (int a = 0; a < l; a++) {
                trace += normal[a][a];
                for (int b = 0; b < a; b++) {
                    normal[a][b] = normal[b][a];
                }
            }
            for (int a = 0; a < l; a++) {
                normal[a][a] += RIDGE * trace / l + 1e-12;
            }
            cholesky = Jacobi.cholesky(normal);
        }

        /** The unit coefficient vector of the target on the latents; a target that never varies is refused. */
        float[] direction(double[] target) {
            int l = cholesky.length;
            double mean = 0;
            for (double t : target) {
                mean += t / target.length;
            }
            double[] rhs = new double[l];
            for (int i = 0; i < target.length; i++) {
                for (int j = 0; j < l; j++) {
                    rhs[j] += centred[i][j] * (target[i] - mean);
                }
            }
            double[] beta = Jacobi.solve(cholesky, rhs);
            double norm = 0;
            for (double b : beta) {
                norm += b * b;
            }
            norm = Math.sqrt(norm);
            float[] unit = new float[l];
            if (!(norm > 1e-12)) {
                unit[0] = 1; // the classifier sees no difference: any direction is as good; e1 keeps it finite
                return unit;
            }
            for (int j = 0; j < l; j++) {
                unit[j] = (float) (beta[j] / norm);
            }
            return unit;
        }
    }
}
