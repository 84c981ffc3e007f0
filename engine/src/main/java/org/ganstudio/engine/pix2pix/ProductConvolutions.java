package org.ganstudio.engine.pix2pix;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import org.ganstudio.engine.nn.StepArrays;

/**
 * The small-map convolutions (kernel 4, stride 2, padding 1) of the Pix2Pix U-Net (Isola et al. 2017) as
 * explicit matrix products: differentiable functions of the stored kernels for training, and kernels
 * prepared once ({@link Down}, {@link Up}) for eval-mode inference.
 *
 * <p>Near the bottleneck the maps are a few pixels wide but the kernels large (512 x 512 x 4 x 4 at paper
 * width). A library convolution then spends most of its time rearranging the kernel on every call, and the
 * four-phase up-convolution's kernel rearrangement (and its backward) costs far more than the arithmetic; a
 * matrix product reads the kernel once, as stored or in a layout prepared in advance. Same sums in another
 * order: equal to the convolutions up to float rounding.
 *
 * <p>For inference, where the input is 2x2 (down) or 1x1 (up), only the kernel's central 2x2 taps ever meet
 * the image (the rest lands on the padding), so only those are kept: a quarter of the weights, one
 * matrix-vector product.
 */
final class ProductConvolutions {

    private ProductConvolutions() {}

    /** Rows of the padded map where the window of kernel tap k starts, for the overlap-add of {@link #up}. */
    private static final int[] TAP_START = {2, 1, 1, 0};
    /** The kernel taps that reach output phase 0 (even rows) and 1 (odd rows). */
    private static final int[][] PHASE_TAPS = {{1, 3}, {0, 2}};

    /**
     * A down-convolution (k4 s2 p1) of x (N, Cin, H, W) with weight (Cout, Cin, 4, 4) as im2col and one matrix
     * product with the weight as it is stored (a reshape, no copy): differentiable, for training on small maps.
     */
    static NDArray down(NDArray x, NDArray weight, NDArray biasOrNull) {
        long cout = weight.getShape().get(0);
        NDArray y = downProduct(x, weight.reshape(cout, -1));
        return biasOrNull == null ? y : y.add(biasOrNull.reshape(1, cout, 1, 1));
    }

    /** im2col of x with 16 strided windows, times the (Cout, Cin*16) matrix: (N, Cout, H/2, W/2) without bias. */
    private static NDArray downProduct(NDArray x, NDArray matrix) {
        Shape s = x.getShape();
        long n = s.get(0);
        long oh = s.get(2) / 2;
        long ow = s.get(3) / 2;
        NDArray padded = x.pad(new Shape(1, 1, 1, 1), 0);
        NDList taps = new NDList(16);
        for (int ky = 0; ky < 4; ky++) {
            for (int kx = 0; kx < 4; kx++) {
                taps.add(padded.get(new NDIndex(":, :, {}:{}:2, {}:{}:2", ky, ky + 2 * oh, kx, kx + 2 * ow)));
            }
        }
        // rows (cin, ky, kx) as the kernel's, columns (image, pixel)
        NDArray columns = NDArrays.stack(taps, 2).reshape(n, -1, oh * ow).transpose(1, 0, 2).reshape(-1, n * oh * ow);
        long cout = matrix.getShape().get(0);
        return matrix.matMul(columns).reshape(cout, n, oh, ow).transpose(1, 0, 2, 3);
    }

    /**
     * An up-convolution (k4 s2 p1) of x (N, Cin, H, W) with weight (Cin, Cout, 4, 4) as one matrix product with
     * the weight as it is stored, giving every input pixel's 4x4 patch of outputs, then the overlap-add of the
     * patches (each output phase sums four of them, shifted by at most one pixel): differentiable, for
     * training on small maps, where rearranging a large kernel on every step would cost more than the product.
     */
    static NDArray up(NDArray x, NDArray weight, NDArray biasOrNull) {
        Shape s = x.getShape();
        long n = s.get(0);
        long cin = s.get(1);
        long h = s.get(2);
        long w = s.get(3);
        long cout = weight.getShape().get(1);
        NDArray rows = x.transpose(0, 2, 3, 1).reshape(n * h * w, cin);
        NDArray patches = rows.matMul(weight.reshape(cin, cout * 16)) // (pixel, (cout, ky, kx))
                .reshape(n, h, w, cout, 4, 4).transpose(4, 5, 0, 3, 1, 2) // (ky, kx, N, Cout, H, W)
                .pad(new Shape(1, 1, 1, 1), 0);
        NDList phases = new NDList(4);
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                NDArray sum = null;
                for (int ky : PHASE_TAPS[a]) {
                    for (int kx : PHASE_TAPS[b]) {
                        NDArray window = patches.get(new NDIndex("{}, {}, :, :, {}:{}, {}:{}", ky, kx,
                                TAP_START[ky], TAP_START[ky] + h, TAP_START[kx], TAP_START[kx] + w));
                        sum = sum == null ? window : sum.add(window);
                    }
                }
                phases.add(sum);
            }
        }
        NDArray y = NDArrays.stack(phases, 2).reshape(n, cout, 2, 2, h, w).transpose(0, 1, 4, 2, 5, 3)
                .reshape(n, cout, 2 * h, 2 * w);
        return biasOrNull == null ? y : y.add(biasOrNull.reshape(1, cout, 1, 1));
    }

    /** A down-convolution with its kernel as a matrix (Cout, Cin*16), or its central taps (Cout, Cin*4). */
    record Down(NDArray matrix, NDArray bias, boolean centralOnly) {

        /**
         * @param weight (Cout, Cin, 4, 4)
         * @param biasOrNull (Cout) or null
         * @param inputSide side of the maps it will be applied to
         */
        static Down prepare(NDArray weight, NDArray biasOrNull, long inputSide) {
            long cout = weight.getShape().get(0);
            boolean central = inputSide == 2;
            NDArray taps = central ? weight.get(new NDIndex(":, :, 1:3, 1:3")) : weight;
            NDArray matrix = taps.reshape(cout, -1).toType(weight.getDataType(), true);
            NDArray bias = biasOrNull == null ? weight.getManager().zeros(new Shape(cout), weight.getDataType(), weight.getDevice())
                    : biasOrNull.toType(biasOrNull.getDataType(), true);
            return new Down(matrix, bias, central);
        }

        NDList arrays() {
            return new NDList(matrix, bias);
        }

        /** x (N, Cin, H, W) to (N, Cout, H/2, W/2); every array it makes belongs to x's manager. */
        NDArray apply(NDArray x) {
            NDArray matrix = StepArrays.local(this.matrix, x);
            NDArray bias = StepArrays.local(this.bias, x);
            Shape s = x.getShape();
            long n = s.get(0);
            long cout = matrix.getShape().get(0);
            if (centralOnly) {
                return Linear.linear(x.reshape(n, -1), matrix, bias).singletonOrThrow().reshape(n, cout, 1, 1);
            }
            return downProduct(x, matrix).add(bias.reshape(1, cout, 1, 1));
        }
    }

    /**
     * An up-convolution as four 2x2 phase convolutions done by one matrix product (see nn.ConvTranspose2d's
     * four-phase path), or from a 1x1 input as its central taps.
     */
    record Up(NDArray matrix, NDArray bias, long cout, boolean fromPoint) {

        /**
         * @param weight (Cin, Cout, 4, 4) as a transposed convolution's
         * @param biasOrNull (Cout) or null
         * @param inputSide side of the maps it will be applied to
         */
        static Up prepare(NDArray weight, NDArray biasOrNull, long inputSide) {
            long cin = weight.getShape().get(0);
            long cout = weight.getShape().get(1);
            NDArray bias = biasOrNull == null ? weight.getManager().zeros(new Shape(cout), weight.getDataType(), weight.getDevice())
                    : biasOrNull;
            NDArray fourBias = bias.reshape(cout, 1).repeat(1, 4).reshape(-1); // (cout, phase) order
            if (inputSide == 1) {
                // out[co, a, b] = sum_ci x[ci] * w[ci, co, a + 1, b + 1]
                NDArray rows = weight.get(new NDIndex(":, :, 1:3, 1:3")).reshape(cin, cout * 4).transpose(1, 0)
                        .toType(weight.getDataType(), true);
                return new Up(rows, fourBias, cout, true);
            }
            // output pixel (2m + a, 2l + b) = sum over the padded input window at (m + a, l + b), taps
            // w[.., 3 - a - 2ty, 3 - b - 2tx] for window offsets (ty, tx) in {0, 1}^2
            NDArray flipped = weight.flip(2, 3); // flipped[.., r, c] = w[.., 3 - r, 3 - c]
            NDList phases = new NDList(4);
            for (int phase = 0; phase < 4; phase++) {
                phases.add(flipped.get(new NDIndex(":, :, {}::2, {}::2", phase / 2, phase % 2)).expandDims(2)); // (Cin, Cout, 1, 2, 2)
            }
            // rows (cout, phase), columns (cin, ty, tx)
            NDArray stacked = NDArrays.concat(phases, 2).transpose(1, 2, 0, 3, 4);
            NDArray matrix = stacked.reshape(cout * 4, cin * 4).toType(weight.getDataType(), true);
            return new Up(matrix, fourBias, cout, false);
        }

        NDList arrays() {
            return new NDList(matrix, bias);
        }

        /** x (N, Cin, H, W) to (N, Cout, 2H, 2W); every array it makes belongs to x's manager. */
        NDArray apply(NDArray x) {
            NDArray matrix = StepArrays.local(this.matrix, x);
            NDArray bias = StepArrays.local(this.bias, x);
            Shape s = x.getShape();
            long n = s.get(0);
            if (fromPoint) {
                return Linear.linear(x.reshape(n, -1), matrix, bias).singletonOrThrow().reshape(n, cout, 2, 2);
            }
            long h = s.get(2);
            long w = s.get(3);
            NDArray padded = x.pad(new Shape(1, 1, 1, 1), 0);
            NDList taps = new NDList(4);
            for (int ty = 0; ty < 2; ty++) {
                for (int tx = 0; tx < 2; tx++) {
                    taps.add(padded.get(new NDIndex(":, :, {}:{}, {}:{}", ty, ty + h + 1, tx, tx + w + 1)));
                }
            }
            long q = (h + 1) * (w + 1);
            NDArray columns = NDArrays.stack(taps, 2).reshape(n, -1, q).transpose(1, 0, 2).reshape(-1, n * q);
            NDArray all = matrix.matMul(columns).add(bias.reshape(-1, 1)).reshape(cout, 2, 2, n, h + 1, w + 1);
            NDList windows = new NDList(4);
            for (int phase = 0; phase < 4; phase++) {
                int a = phase / 2;
                int b = phase % 2;
                windows.add(all.get(new NDIndex(":, {}, {}, :, {}:{}, {}:{}", a, b, a, a + h, b, b + w)));
            }
            // (Cout, phase, N, H, W) -> (N, Cout, H, a, W, b)
            return NDArrays.stack(windows, 1).reshape(cout, 2, 2, n, h, w).transpose(3, 0, 4, 1, 5, 2)
                    .reshape(n, cout, 2 * h, 2 * w);
        }
    }
}
