package org.ganstudio.engine.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Instance normalisation (Ulyanov, Vedaldi and Lempitsky, "Instance Normalization: The Missing
 * Ingredient for Fast Stylization", 2016) as PyTorch's {@code InstanceNorm2d} without running statistics:
 * each sample's each channel is normalised over H and W with the biased variance,
 * {@code (x - mean) / sqrt(var + eps)}, then optionally scaled by gamma and shifted by beta (shape (C)).
 */
public final class InstanceNorm2d extends AbstractBlock {

    /** PyTorch's default epsilon. */
    public static final float DEFAULT_EPS = 1e-5f;

    private static final byte VERSION = 1;
    private static final int[] PLANE_AXIS = {2};

    private final float eps;
    private final Parameter gamma;
    private final Parameter beta;

    private InstanceNorm2d(Builder builder) {
        super(VERSION);
        eps = builder.eps;
        if (builder.affine) {
            gamma = addParameter(Parameter.builder().setName("gamma").setType(Parameter.Type.GAMMA).build());
            beta = addParameter(Parameter.builder().setName("beta").setType(Parameter.Type.BETA).build());
        } else {
            gamma = null;
            beta = null;
        }
    }

    /** Returns a builder; by default not affine (as PyTorch and pix2pix/CycleGAN use it), eps 1e-5. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Normalises each (sample, channel) plane of {@code x} over its H*W values.
     *
     * @param x input (N, C, H, W)
     * @param gammaOrNull scale (C), or null for none
     * @param betaOrNull shift (C), or null for none
     * @param eps added to the biased variance
     * @return the normalised array, same shape as {@code x}
     */
    public static NDArray apply(NDArray x, NDArray gammaOrNull, NDArray betaOrNull, float eps) {
        if (x.getShape().dimension() != 4) {
            throw new IllegalArgumentException("InstanceNorm2d expects (N, C, H, W), got " + x.getShape());
        }
        Shape shape = x.getShape();
        // PyTorch's DJL mean reduces one axis at a time, so flatten H*W into one axis.
        NDArray planes = x.reshape(shape.get(0), shape.get(1), -1);
        NDArray centred = planes.sub(planes.mean(PLANE_AXIS, true));
        NDArray variance = centred.square().mean(PLANE_AXIS, true);
        NDArray out = centred.div(variance.add(eps).sqrt()).reshape(shape);
        if (gammaOrNull != null) {
            out = out.mul(gammaOrNull.reshape(1, -1, 1, 1));
        }
        if (betaOrNull != null) {
            out = out.add(betaOrNull.reshape(1, -1, 1, 1));
        }
        return out;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Device device = x.getDevice();
        NDArray g = store.getValue(gamma, device, training);
        NDArray b = store.getValue(beta, device, training);
        return new NDList(apply(x, g, b, eps));
    }

    @Override
    protected void prepare(Shape[] inputs) {
        if (inputs[0].dimension() != 4) {
            throw new IllegalArgumentException("InstanceNorm2d expects (N, C, H, W), got " + inputs[0]);
        }
        if (gamma != null) {
            gamma.setShape(new Shape(inputs[0].get(1)));
            beta.setShape(new Shape(inputs[0].get(1)));
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {inputs[0]};
    }

    /** Builder: {@code optAffine} adds gamma (starts at 1) and beta (starts at 0); {@code optEps}. */
    public static final class Builder {
        private boolean affine;
        private float eps = DEFAULT_EPS;

        private Builder() {}

        public Builder optAffine(boolean affine) {
            this.affine = affine;
            return this;
        }

        public Builder optEps(float eps) {
            this.eps = eps;
            return this;
        }

        public InstanceNorm2d build() {
            if (!(eps > 0)) {
                throw new IllegalArgumentException("eps must be positive, got " + eps);
            }
            return new InstanceNorm2d(this);
        }
    }
}
