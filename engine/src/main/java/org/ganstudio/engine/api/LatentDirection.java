package org.ganstudio.engine.api;

/**
 * A direction in a generator's latent space that a slider moves along.
 *
 * @param name what the slider is called ("PC 1", "smile", "my hats")
 * @param kind where the direction comes from
 * @param vector unit length, the generator's latent size
 * @param spread the typical distance along the direction between samples (a standard deviation), so that a slider
 *     can span, say, -3 to +3 spreads; 1 when unknown
 */
public record LatentDirection(String name, Kind kind, float[] vector, double spread) {

    /** Where a direction comes from. */
    public enum Kind {
        /** Principal component of early generator activations mapped back to latent space (GANSpace). */
        PRINCIPAL,
        /** Learnt from the labels of a labelled dataset through a classifier of generated samples. */
        ATTRIBUTE,
        /** From samples a person marked "with" and "without" something. */
        USER
    }

    public LatentDirection {
        vector = vector.clone();
        if (!(spread > 0) || Double.isInfinite(spread)) {
            throw new IllegalArgumentException("spread must be positive and finite, not " + spread);
        }
    }

    @Override
    public float[] vector() {
        return vector.clone();
    }
}
