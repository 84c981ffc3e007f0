package org.ganstudio.engine.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Reflection padding of H and W as PyTorch's {@code ReflectionPad2d} (the border pixel is not repeated:
 * row -1 mirrors row 1), used by the ResNet generators of CycleGAN (Zhu et al., 2017) and Johnson et al.
 * (2016). Each pad must be smaller than its dimension. Built from slicing, flip and concat, so it is
 * differentiable; DJL's pad only does constant padding.
 */
public final class ReflectionPad2d extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int left;
    private final int right;
    private final int top;
    private final int bottom;

    /** The same pad on all four sides. */
    public ReflectionPad2d(int padding) {
        this(padding, padding, padding, padding);
    }

    /** Pads in PyTorch's order: left, right, top, bottom. */
    public ReflectionPad2d(int left, int right, int top, int bottom) {
        super(VERSION);
        if (left < 0 || right < 0 || top < 0 || bottom < 0) {
            throw new IllegalArgumentException("pads must be non-negative");
        }
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
    }

    /** Reflection-pads all four sides of (N, C, H, W) by {@code padding}. */
    public static NDArray apply(NDArray x, int padding) {
        return apply(x, padding, padding, padding, padding);
    }

    /**
     * Reflection-pads (N, C, H, W) to (N, C, H + top + bottom, W + left + right).
     *
     * @throws IllegalArgumentException if a pad is negative or not smaller than its dimension
     */
    public static NDArray apply(NDArray x, int left, int right, int top, int bottom) {
        Shape s = x.getShape();
        if (s.dimension() != 4) {
            throw new IllegalArgumentException("ReflectionPad2d expects (N, C, H, W), got " + s);
        }
        NDArray wide = padAxis(x, 3, left, right);
        return padAxis(wide, 2, top, bottom);
    }

    private static NDArray padAxis(NDArray x, int axis, int before, int after) {
        long size = x.getShape().get(axis);
        if (before < 0 || after < 0 || before >= size || after >= size) {
            throw new IllegalArgumentException("reflection pads " + before + "/" + after
                    + " must be in [0, " + size + ") on axis " + axis);
        }
        NDList parts = new NDList(3);
        if (before > 0) {
            parts.add(slice(x, axis, 1, before + 1).flip(axis));
        }
        parts.add(x);
        if (after > 0) {
            parts.add(slice(x, axis, size - 1 - after, size - 1).flip(axis));
        }
        return parts.size() == 1 ? x : NDArrays.concat(parts, axis);
    }

    private static NDArray slice(NDArray x, int axis, long from, long to) {
        String leading = axis == 3 ? ":, :, :, " : ":, :, ";
        return x.get(new NDIndex(leading + "{}:{}", from, to));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        return new NDList(apply(inputs.singletonOrThrow(), left, right, top, bottom));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        Shape in = inputs[0];
        long h = in.get(2) + top + bottom;
        long w = in.get(3) + left + right;
        return new Shape[] {new Shape(in.get(0), in.get(1), h, w)};
    }
}
