package org.ganstudio.engine.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchOrderTest {

    private static List<Integer> stream(BatchOrder order, int steps) {
        List<Integer> all = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            for (int i : order.indicesForStep(s)) {
                all.add(i);
            }
        }
        return all;
    }

    @Test
    void everyEpochVisitsEachImageOnce() {
        BatchOrder order = new BatchOrder(7, 10, 5);
        List<Integer> first = stream(order, 4); // 20 positions = 2 epochs
        assertThat(first.subList(0, 10)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(first.subList(10, 20)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(first.subList(0, 10)).isNotEqualTo(first.subList(10, 20));
    }

    @Test
    void batchesCrossEpochBoundariesWhenSizesDoNotDivide() {
        BatchOrder order = new BatchOrder(3, 7, 3);
        List<Integer> all = stream(order, 7); // 21 positions = 3 epochs exactly
        for (int e = 0; e < 3; e++) {
            assertThat(all.subList(7 * e, 7 * e + 7)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6);
        }
        assertThat(order.epochAfter(7)).isEqualTo(3);
        assertThat(order.epochAfter(2)).isEqualTo(0);
    }

    @Test
    void theOrderDependsOnlyOnSeedAndStep() {
        BatchOrder a = new BatchOrder(42, 100, 8);
        BatchOrder b = new BatchOrder(42, 100, 8);
        assertThat(a.indicesForStep(30)).containsExactly(b.indicesForStep(30)); // b jumps straight to step 30
        assertThat(stream(a, 20)).isEqualTo(stream(new BatchOrder(42, 100, 8), 20));
        assertThat(stream(a, 20)).isNotEqualTo(stream(new BatchOrder(43, 100, 8), 20));
    }

    @Test
    void aBatchLargerThanTheDatasetRepeatsImagesAcrossEpochs() {
        BatchOrder order = new BatchOrder(1, 3, 7);
        int[] batch = order.indicesForStep(0);
        assertThat(batch).hasSize(7);
        assertThat(batch).containsOnly(0, 1, 2);
    }
}
