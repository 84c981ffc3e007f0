package org.ganstudio.engine.loss;

/**
 * The adversarial losses written again in double from their definitions, without the engine, for tests to
 * compare the engine's float32 losses against.
 */
public final class ReferenceLosses {

    private ReferenceLosses() {}

    /** 1 / (1 + e^-x). */
    public static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** log(1 + e^y), as y + log(1 + e^-y) for y > 0 so that e^y never overflows. */
    public static double softplus(double y) {
        return y > 0 ? y + Math.log1p(Math.exp(-y)) : Math.log1p(Math.exp(y));
    }

    /**
     * Mean of -[t log sigmoid(x) + (1 - t) log(1 - sigmoid(x))], through -log sigmoid(x) = softplus(-x) and
     * -log(1 - sigmoid(x)) = softplus(x), which stay finite where 1 - sigmoid(x) rounds to 0.
     */
    public static double crossEntropy(double[] logits, double target) {
        double sum = 0;
        for (double x : logits) {
            sum += target * softplus(-x) + (1 - target) * softplus(x);
        }
        return sum / logits.length;
    }

    /** Mean of (x - t)^2. */
    public static double leastSquares(double[] outputs, double target) {
        double sum = 0;
        for (double x : outputs) {
            sum += (x - target) * (x - target);
        }
        return sum / outputs.length;
    }

    /** Mean of sigmoid(x). */
    public static double meanSigmoid(double[] logits) {
        double sum = 0;
        for (double x : logits) {
            sum += sigmoid(x);
        }
        return sum / logits.length;
    }

    /** Mean of |a - b|. */
    public static double meanAbsoluteDifference(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new AssertionError(a.length + " values against " + b.length);
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }

    public static double[] doubles(float[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = values[i];
        }
        return d;
    }
}
