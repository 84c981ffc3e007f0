package org.ganstudio.engine.train;

import java.util.SplittableRandom;

/**
 * The order in which a run visits its data: each epoch is a fresh permutation drawn from the seed, and the
 * epochs are laid end to end, so batch k is positions [k*B, (k+1)*B) of that stream. It depends only on the
 * seed and k, which makes resumed runs see exactly the batches they would have seen.
 */
public final class BatchOrder {

    private final long seed;
    private final int datasetSize;
    private final int batchSize;
    private long cachedEpoch = -1;
    private int[] cachedPermutation;

    public BatchOrder(long seed, int datasetSize, int batchSize) {
        if (datasetSize < 1 || batchSize < 1) {
            throw new IllegalArgumentException("dataset and batch must not be empty");
        }
        this.seed = seed;
        this.datasetSize = datasetSize;
        this.batchSize = batchSize;
    }

    /** Dataset indices of the batch for {@code step}. */
    public int[] indicesForStep(long step) {
        int[] indices = new int[batchSize];
        long position = step * batchSize;
        for (int i = 0; i < batchSize; i++, position++) {
            indices[i] = permutation(position / datasetSize)[(int) (position % datasetSize)];
        }
        return indices;
    }

    /** Completed passes over the data after {@code stepsDone} steps. */
    public long epochAfter(long stepsDone) {
        return stepsDone * batchSize / datasetSize;
    }

    private int[] permutation(long epoch) {
        if (epoch != cachedEpoch) {
            cachedPermutation = shuffledIndices(datasetSize, new SplittableRandom(seed * 1_000_003L + epoch));
            cachedEpoch = epoch;
        }
        return cachedPermutation;
    }

    /** The indices 0..size-1 in a uniformly random order (Fisher-Yates) drawn from {@code random}. */
    public static int[] shuffledIndices(int size, SplittableRandom random) {
        int[] p = new int[size];
        for (int i = 0; i < size; i++) {
            p[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
