package org.ganstudio.engine.cyclegan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The objective's terms against numbers worked out by hand, the image pool, and the config's refusals. */
class CycleganLossesTest {

    private static final Offset<Float> CLOSE = Offset.offset(1e-6f);

    @Test
    void cycleAndIdentityL1AreTheMeanAbsoluteDifference() {
        try (NDManager m = NDManager.newBaseManager()) {
            // |1 - 0| + |2 - 0| + |3 - 5| + |-1 - -1| = 5 over 4 values
            float l1 = CycleganLosses.l1(m.create(new float[] {1, 2, 3, -1}), m.create(new float[] {0, 0, 5, -1})).getFloat();
            assertThat(l1).isCloseTo(1.25f, CLOSE);
        }
    }

    @Test
    void leastSquaresLossesPushRealToOneAndFakeToZeroWithTheDiscriminatorHalved() {
        try (NDManager m = NDManager.newBaseManager()) {
            // generator: ((0 - 1)^2 + (2 - 1)^2 + (1 - 1)^2) / 3
            assertThat(CycleganLosses.adversarial(m.create(new float[] {0, 2, 1})).getFloat()).isCloseTo(2f / 3, CLOSE);
            // discriminator: (mean(0^2, 0.5^2) + mean(0^2, 1^2)) / 2 = (0.125 + 0.5) / 2
            float d = CycleganLosses.discriminator(m.create(new float[] {1, 0.5f}), m.create(new float[] {0, 1})).getFloat();
            assertThat(d).isCloseTo(0.3125f, CLOSE);
        }
    }

    @Test
    void thePoolShowsNewFakesUntilFullThenMixesInEarlierOnesAndIsSavedWhole() throws Exception {
        ImagePool pool = new ImagePool(2, 1);
        SplittableRandom random = new SplittableRandom(3);
        assertThat(pool.query(new float[] {1, 2}, random)).containsExactly(1, 2);
        assertThat(pool.size()).isEqualTo(2);
        int earlier = 0;
        float[] shown = new float[0];
        for (int i = 0; i < 40; i++) {
            shown = pool.query(new float[] {10 + i}, random);
            earlier += shown[0] != 10 + i ? 1 : 0;
        }
        assertThat(earlier).as("about half of 40 fakes swapped for earlier ones").isBetween(10, 30);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pool.save(new DataOutputStream(bytes));
        ImagePool copy = new ImagePool(2, 1);
        copy.load(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(copy.query(new float[] {99}, new SplittableRandom(8)))
                .isEqualTo(pool.query(new float[] {99}, new SplittableRandom(8)));
        assertThatThrownBy(() -> new ImagePool(3, 1).load(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
                .hasMessageContaining("this model keeps 3");
        assertThat(new ImagePool(0, 1).query(new float[] {5}, random)).as("no pool: the newest fakes").containsExactly(5);
    }

    @Test
    void theConfigHasThePapersDefaultsAndRefusesWhatCannotTrain() {
        CycleganConfig paper = CycleganConfig.paper();
        assertThat(paper.residualBlocks()).isEqualTo(9);
        assertThat(CycleganConfig.paper(128).residualBlocks()).isEqualTo(6);
        assertThat(paper.identityWeight()).isEqualTo(5.0);
        assertThat(paper.poolSize()).isEqualTo(50);
        assertThat(paper.decayStart()).isEqualTo(0.5);
        assertThatThrownBy(() -> new CycleganConfig(16, 1, 3, 4, 1, 4, 2, 10, 0.5, 2e-4, 0.5, 0.5, 50))
                .hasMessageContaining("same channels in A and B");
        assertThatThrownBy(() -> new CycleganConfig(16, 3, 3, 4, 1, 4, 3, 10, 0.5, 2e-4, 0.5, 0.5, 50))
                .hasMessageContaining("sees nothing of 16 px");
        assertThatThrownBy(() -> new CycleganConfig(18, 3, 3, 4, 1, 4, 1, 10, 0.5, 2e-4, 0.5, 0.5, 50))
                .hasMessageContaining("multiple of 4");
        assertThatThrownBy(() -> new CycleganConfig(16, 2, 3, 4, 1, 4, 1, 10, 0, 2e-4, 0.5, 0.5, 50))
                .hasMessageContaining("grey (1 channel) or colour (3)");
    }
}
