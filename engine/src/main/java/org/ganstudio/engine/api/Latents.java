package org.ganstudio.engine.api;

import java.util.List;

/**
 * Arithmetic on latent vectors, in plain Java: interpolation, means, the DCGAN paper's vector arithmetic and
 * moving along a direction. Every method returns a new array and leaves its arguments alone.
 */
public final class Latents {

    private Latents() {}

    /** (1 - t) a + t b. */
    public static float[] lerp(float[] a, float[] b, double t) {
        sameLength(a, b);
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) ((1 - t) * a[i] + t * b[i]);
        }
        return out;
    }

    /**
     * Spherical interpolation (Shoemake 1985; White 2016 for GAN latents): along the great circle between the
     * directions of a and b, with the length interpolated linearly. Falls back to {@link #lerp} when a and b point
     * the same way (or either is zero).
     */
    public static float[] slerp(float[] a, float[] b, double t) {
        sameLength(a, b);
        double na = norm(a);
        double nb = norm(b);
        if (na == 0 || nb == 0) {
            return lerp(a, b, t);
        }
        double cos = Math.max(-1, Math.min(1, dot(a, b) / (na * nb)));
        double omega = Math.acos(cos);
        double sin = Math.sin(omega);
        if (sin < 1e-6) {
            return lerp(a, b, t);
        }
        double wa = Math.sin((1 - t) * omega) / sin;
        double wb = Math.sin(t * omega) / sin;
        double length = (1 - t) * na + t * nb;
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) (length * (wa * a[i] / na + wb * b[i] / nb));
        }
        return out;
    }

    /** The element-wise mean of one or more vectors of one length. */
    public static float[] mean(List<float[]> vectors) {
        if (vectors.isEmpty()) {
            throw new IllegalArgumentException("the mean of no vectors");
        }
        double[] sum = new double[vectors.get(0).length];
        for (float[] v : vectors) {
            sameLength(vectors.get(0), v);
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        float[] out = new float[sum.length];
        for (int i = 0; i < sum.length; i++) {
            out[i] = (float) (sum[i] / vectors.size());
        }
        return out;
    }

    /** a - b + c, as in "smiling woman - neutral woman + neutral man". */
    public static float[] arithmetic(float[] a, float[] b, float[] c) {
        sameLength(a, b);
        sameLength(a, c);
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i] + c[i];
        }
        return out;
    }

    /** z + amount * direction. */
    public static float[] move(float[] z, float[] direction, double amount) {
        sameLength(z, direction);
        float[] out = new float[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = (float) (z[i] + amount * direction[i]);
        }
        return out;
    }

    /**
     * A direction from examples a person marked: the unit vector from the mean of {@code without} to the mean of
     * {@code with}; its spread is the standard deviation of all the examples' positions along it (1 when that is
     * zero).
     *
     * @throws StudioException when either side has no example or the two means coincide
     */
    public static LatentDirection userDirection(String name, List<float[]> with, List<float[]> without) {
        if (with.isEmpty() || without.isEmpty()) {
            throw new StudioException("Mark at least one sample \"with\" and one \"without\" to make a direction.");
        }
        float[] difference = arithmetic(mean(with), mean(without), new float[with.get(0).length]);
        double length = norm(difference);
        if (length < 1e-9) {
            throw new StudioException("The samples marked \"with\" and \"without\" are the same on average; mark "
                    + "different ones.");
        }
        float[] unit = new float[difference.length];
        for (int i = 0; i < unit.length; i++) {
            unit[i] = (float) (difference[i] / length);
        }
        double sum = 0;
        double sumOfSquares = 0;
        int n = 0;
        for (List<float[]> side : List.of(with, without)) {
            for (float[] v : side) {
                double position = dot(v, unit);
                sum += position;
                sumOfSquares += position * position;
                n++;
            }
        }
        double variance = sumOfSquares / n - (sum / n) * (sum / n);
        double spread = variance > 1e-12 ? Math.sqrt(variance) : 1;
        return new LatentDirection(name, LatentDirection.Kind.USER, unit, spread);
    }

    public static double dot(float[] a, float[] b) {
        sameLength(a, b);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }

    public static double norm(float[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void sameLength(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("latents of different lengths: " + a.length + " and " + b.length);
        }
    }
}
