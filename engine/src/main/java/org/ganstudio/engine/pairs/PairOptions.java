package org.ganstudio.engine.pairs;

/**
 * How {@link PairImporter} and {@link PairBuilder} write pairs.
 *
 * @param side side of each square half, in pixels (the files are 2 * side x side)
 * @param validationFraction share of the pairs that go to val/, in [0, 1); chosen by a hash of each file name
 * @param threads files worked on at once, at least 1; above 1 only with a thread-safe input maker
 */
public record PairOptions(int side, double validationFraction, int threads) {
    /** The side of the public pix2pix datasets. */
    public static final int DEFAULT_SIDE = 256;
    public static final double DEFAULT_VALIDATION_FRACTION = 0.1;
    static final int MAX_SIDE = 4096;

    public PairOptions {
        if (side < 1 || side > MAX_SIDE) {
            throw new IllegalArgumentException("the side must be between 1 and " + MAX_SIDE + " pixels, got " + side);
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException(
                    "the validation fraction must be at least 0 and below 1, got " + validationFraction);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** 256 px halves, 10 % validation, one thread. */
    public static PairOptions defaults() {
        return new PairOptions(DEFAULT_SIDE, DEFAULT_VALIDATION_FRACTION, 1);
    }

    public PairOptions withSide(int newSide) {
        return new PairOptions(newSide, validationFraction, threads);
    }

    public PairOptions withValidationFraction(double fraction) {
        return new PairOptions(side, fraction, threads);
    }

    public PairOptions withThreads(int newThreads) {
        return new PairOptions(side, validationFraction, newThreads);
    }
}
