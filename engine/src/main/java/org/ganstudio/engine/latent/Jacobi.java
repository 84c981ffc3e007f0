package org.ganstudio.engine.latent;

/** Small dense symmetric linear algebra in double precision: eigen-decomposition, Cholesky, solves. */
final class Jacobi {

    private Jacobi() {}

    /**
     * The eigenvalues of a symmetric matrix by cyclic Jacobi rotations (Golub and Van Loan, section 8.5).
     *
     * @param symmetric n x n, left alone
     * @param vectors receives the eigenvectors as columns (n x n)
     * @return the eigenvalues, in the order of the columns of {@code vectors}
     */
    static double[] eigen(double[][] symmetric, double[][] vectors) {
        int n = symmetric.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = symmetric[i].clone();
            java.util.Arrays.fill(vectors[i], 0);
            vectors[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double all = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    all += a[i][j] * a[i][j];
                    if (i != j) {
                        off += a[i][j] * a[i][j];
                    }
                }
            }
            if (off <= 1e-24 * Math.max(all, 1e-300)) {
                break;
            }
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) { // columns p and q
                        double kp = a[k][p];
                        double kq = a[k][q];
                        a[k][p] = c * kp - s * kq;
                        a[k][q] = s * kp + c * kq;
                    }
                    for (int k = 0; k < n; k++) { // rows p and q
                        double pk = a[p][k];
                        double qk = a[q][k];
                        a[p][k] = c * pk - s * qk;
                        a[q][k] = s * pk + c * qk;
                    }
                    for (int k = 0; k < n; k++) {
                        double kp = vectors[k][p];
                        double kq = vectors[k][q];
                        vectors[k][p] = c * kp - s * kq;
                        vectors[k][q] = s * kp + c * kq;
                    }
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i][i];
        }
        return values;
    }

    /** The lower factor L of a symmetric positive definite matrix, A = L L^T. */
    static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        throw new IllegalArgumentException("matrix is not positive definite");
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }

    /** x with L L^T x = b. */
    static double[] solve(double[][] l, double[] b) {
        int n = b.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }
}
