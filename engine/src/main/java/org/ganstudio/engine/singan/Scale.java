package org.ganstudio.engine.singan;

/**
 * One scale of a SinGAN pyramid: its place (0 is the coarsest), its image size and the feature maps of its
 * networks.
 */
public record Scale(int index, int width, int height, int features) {

    public Scale {
        if (index < 0 || width < 1 || height < 1 || features < 1) {
            throw new IllegalArgumentException("a scale needs index >= 0 and a positive size and feature count, got "
                    + index + ", " + width + " x " + height + ", " + features);
        }
    }

    /** Pixels of one channel. */
    public int pixels() {
        return width * height;
    }

    /** The shorter side. */
    public int shortSide() {
        return Math.min(width, height);
    }
}
