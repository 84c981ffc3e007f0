package org.ganstudio.engine.latent;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * GANSpace (Härkönen et al. 2020): principal components of a generator's early activations over random latents,
 * each mapped back to latent space by least squares.
 *
 * <p>With N samples of D activations (D = 8192 for the first layer at 64 px, N about 1000), the components come
 * from the N x N Gram matrix of the centred activations (one matrix product) by subspace iteration with a
 * Rayleigh-Ritz step, not from the D x D covariance. Each component's scores (the samples' coordinates along it)
 * are regressed on the centred latents; the direction is the unit coefficient vector, its spread the standard
 * deviation of the latents along it. A component's sign is chosen so that its activation-space vector has a
 * positive sum: moving along +direction makes the layer's activations larger overall.
 */
public final class PrincipalDirections {

    private static final int OVERSAMPLING = 6;
    private static final int ITERATIONS = 60;
    /** Ridge added to the latents' Gram matrix, relative to its mean diagonal, so that few samples still solve. */
    private static final double RIDGE = 1e-6;

    /**
     * @param directions unit latent-space vectors, most variance first
     * @param spreads standard deviation of the samples' latents along each direction
     * @param components unit activation-space vectors (D values each), in the same order
     * @param variances each component's variance of the activations
     */
    public record Result(List<float[]> directions, double[] spreads, List<float[]> components, double[] variances) {}

    private PrincipalDirections() {}

    /**
     * @param activations N rows of D values laid end to end
     * @param latents N rows of L values laid end to end, the latents that made them
     * @param count components wanted, at most min(N - 1, L)
     * @param seed draws the starting subspace
     * @param manager where the large products are computed (closed by the caller)
     */
    public static Result compute(float[] activations, float[] latents, int samples, int count, long seed,
            NDManager manager) {
        int d = activations.length / samples;
        int l = latents.length / samples;
        if (count < 1 || count > Math.min(samples - 1, l)) {
            throw new IllegalArgumentException("count " + count + " with " + samples + " samples of latent size " + l);
        }
        int block = Math.min(samples, count + OVERSAMPLING);
        double[][] u;
        double[] lambda;
        float[][] component = new float[count][];
        try (NDManager m = manager.newSubManager()) {
            NDArray x = m.create(activations, new Shape(samples, d));
            NDArray centred = x.sub(x.mean(new int[] {0}, true));
            NDArray gram = centred.matMul(centred.transpose());
            double[][] q = orthonormal(randomColumns(samples, block, new SplittableRandom(seed)));
            for (int it = 0; it < ITERATIONS; it++) {
                q = orthonormal(fromColumns(gram.matMul(m.create(toColumns(q), new Shape(samples, block))), samples,
                        block));
            }
            double[][] gq = fromColumns(gram.matMul(m.create(toColumns(q), new Shape(samples, block))), samples, block);
            double[][] small = new double[block][block];
            for (int a = 0; a < block; a++) {
                for (int b = 0; b < block; b++) {
                    small[a][b] = dot(q[a], gq[b]);
                }
            }
            double[][] vectors = new double[block][block];
            double[] values = Jacobi.eigen(small, vectors);
            Integer[] order = new Integer[block];
            for (int i = 0; i < block; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (i, j) -> Double.compare(values[j], values[i]));
            u = new double[count][samples];
            lambda = new double[count];
            for (int c = 0; c < count; c++) {
                int k = order[c];
                lambda[c] = Math.max(0, values[k]);
                for (int a = 0; a < block; a++) {
                    double coefficient = vectors[a][k];
                    for (int i = 0; i < samples; i++) {
                        u[c][i] += coefficient * q[a][i];
                    }
                }
            }
            // activation-space components: centred^T u / sqrt(lambda)
            float[] us = new float[samples * count];
            for (int i = 0; i < samples; i++) {
                for (int c = 0; c < count; c++) {
                    us[i * count + c] = (float) u[c][i];
                }
            }
            float[] vt = centred.transpose().matMul(m.create(us, new Shape(samples, count))).toFloatArray(); // (D, count)
            for (int c = 0; c < count; c++) {
                double sum = 0;
                double norm = 0;
                for (int j = 0; j < d; j++) {
                    sum += vt[j * count + c];
                    norm += (double) vt[j * count + c] * vt[j * count + c];
                }
                double sign = sum < 0 ? -1 : 1;
                double scale = norm > 0 ? sign / Math.sqrt(norm) : 0;
                component[c] = new float[d];
                for (int j = 0; j < d; j++) {
                    component[c][j] = (float) (vt[j * count + c] * scale);
                }
                for (int i = 0; i < samples; i++) {
                    u[c][i] *= sign;
                }
            }
        }
        return regress(latents, samples, l, u, lambda, component);
    }

    /** Least squares of each component's scores on the centred latents. */
    private static Result regress(float[] latents, int samples, int l, double[][] u, double[] lambda, float[][] component) {
        double[] mean = new double[l];
        for (int i = 0; i < samples; i++) {
            for (int j = 0; j < l; j++) {
                mean[j] += latents[i * l + j];
            }
        }
        for (int j = 0; j < l; j++) {
            mean[j] /= samples;
        }
        double[][] z = new double[samples][l];
        for (int i = 0; i < samples; i++) {
            for (int j = 0; j < l; j++) {
                z[i][j] = latents[i * l + j] - mean[j];
            }
        }
        double[][] normal = new double[l][l];
        for (double[] row : z) {
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
        double[][] cholesky = Jacobi.cholesky(normal);
        List<float[]> directions = new ArrayList<>();
        double[] spreads = new double[u.length];
        for (int c = 0; c < u.length; c++) {
            double[] rhs = new double[l];
            for (int i = 0; i < samples; i++) {
                for (int j = 0; j < l; j++) {
                    rhs[j] += z[i][j] * u[c][i];
                }
            }
            double[] beta = Jacobi.solve(cholesky, rhs);
            double norm = Math.sqrt(dot(beta, beta));
            float[] direction = new float[l];
            for (int j = 0; j < l; j++) {
                direction[j] = (float) (beta[j] / norm);
            }
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < samples; i++) {
                double position = 0;
                for (int j = 0; j < l; j++) {
                    position += (double) latents[i * l + j] * direction[j];
                }
                sum += position;
                squares += position * position;
            }
            double variance = squares / samples - (sum / samples) * (sum / samples);
            spreads[c] = variance > 1e-12 ? Math.sqrt(variance) : 1;
            directions.add(direction);
        }
        return new Result(directions, spreads, List.of(component), lambda.clone());
    }

    private static double[][] randomColumns(int rows, int columns, SplittableRandom random) {
        double[][] q = new double[columns][rows];
        for (double[] column : q) {
            for (int i = 0; i < rows; i++) {
                column[i] = random.nextDouble() - 0.5;
            }
        }
        return q;
    }

    /**
     * Modified Gram-Schmidt on the columns, in place; a column that vanishes (the matrix has lower rank than the
     * block) is replaced by the next unit vector that is not in the span of the ones before.
     */
    private static double[][] orthonormal(double[][] columns) {
        int rows = columns[0].length;
        int replacement = 0;
        for (int a = 0; a < columns.length; a++) {
            while (true) {
                for (int pass = 0; pass < 2; pass++) { // twice is enough in floating point
                    for (int b = 0; b < a; b++) {
                        double projection = dot(columns[a], columns[b]);
                        for (int i = 0; i < rows; i++) {
                            columns[a][i] -= projection * columns[b][i];
                        }
                    }
                }
                double norm = Math.sqrt(dot(columns[a], columns[a]));
                if (norm > 1e-9) {
                    for (int i = 0; i < rows; i++) {
                        columns[a][i] /= norm;
                    }
                    break;
                }
                java.util.Arrays.fill(columns[a], 0);
                columns[a][replacement++ % rows] = 1;
            }
        }
        return columns;
    }

    private static float[] toColumns(double[][] columns) {
        int rows = columns[0].length;
        float[] out = new float[rows * columns.length];
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < columns.length; c++) {
                out[i * columns.length + c] = (float) columns[c][i];
            }
        }
        return out;
    }

    private static double[][] fromColumns(NDArray matrix, int rows, int columns) {
        float[] values = matrix.toFloatArray();
        double[][] out = new double[columns][rows];
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < columns; c++) {
                out[c][i] = values[i * columns + c];
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
