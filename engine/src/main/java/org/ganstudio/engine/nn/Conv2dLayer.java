package org.ganstudio.engine.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * DJL's {@link Conv2d} block, computed through {@link Convolutions#conv2d} so that the numeric self-check's
 * choice of {@link ConvolutionMode} applies to it. Same parameters ("weight", "bias"), same saved form, so
 * weights saved from a plain {@code Conv2d} load unchanged. Square kernels, equal strides and paddings,
 * dilation 1 and one group: the convolutions the studio's networks use.
 */
public final class Conv2dLayer extends Conv2d {

    private final int stride;
    private final int padding;

    private Conv2dLayer(Builder builder) {
        super(builder);
        this.stride = builder.strideValue;
        this.padding = builder.paddingValue;
    }

    /** A builder: filters and kernel are required; stride 1, padding 0 and a bias by default. */
    public static Builder layer() {
        return new Builder();
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Device device = x.getDevice();
        NDArray w = store.getValue(weight, device, training);
        NDArray b = includeBias ? store.getValue(bias, device, training) : null;
        return new NDList(Convolutions.conv2d(x, w, b, stride, padding));
    }

    /** Builder in DJL's style; {@code build()} checks the values. */
    public static final class Builder extends Conv2d.Builder {
        private int strideValue = 1;
        private int paddingValue;

        private Builder() {
            optStride(new Shape(1, 1));
            optPadding(new Shape(0, 0));
        }

        @Override
        public Builder setFilters(int filters) {
            super.setFilters(filters);
            return this;
        }

        @Override
        public Builder optBias(boolean bias) {
            super.optBias(bias);
            return this;
        }

        /** A square kernel of side k. */
        public Builder setKernel(int k) {
            setKernelShape(new Shape(k, k));
            return this;
        }

        /** The same stride along both axes. */
        public Builder optStride(int s) {
            strideValue = s;
            optStride(new Shape(s, s));
            return this;
        }

        /** The same zero padding on every side. */
        public Builder optPadding(int p) {
            paddingValue = p;
            optPadding(new Shape(p, p));
            return this;
        }

        @Override
        public Conv2dLayer build() {
            validate();
            if (kernelShape.get(0) != kernelShape.get(1) || strideValue < 1 || paddingValue < 0 || groups != 1) {
                throw new IllegalArgumentException("Conv2dLayer takes a square kernel, stride >= 1, padding >= 0 and "
                        + "one group");
            }
            return new Conv2dLayer(this);
        }
    }
}
