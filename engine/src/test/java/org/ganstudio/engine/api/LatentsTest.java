package org.ganstudio.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Latent arithmetic against numbers worked out by hand. */
class LatentsTest {

    private static final float EPS = 1e-6f;
    private static final double ROOT_HALF = Math.sqrt(0.5);

    @Test
    void lerpIsTheStraightLineIncludingBeyondTheEnds() {
        float[] a = {0, 2, -4};
        float[] b = {4, 2, 0};
        assertThat(Latents.lerp(a, b, 0)).containsExactly(0, 2, -4);
        assertThat(Latents.lerp(a, b, 1)).containsExactly(4, 2, 0);
        assertThat(Latents.lerp(a, b, 0.25)).containsExactly(1, 2, -3);
        assertThat(Latents.lerp(a, b, 1.5)).containsExactly(6, 2, 2);
        assertThat(a).containsExactly(0, 2, -4); // arguments left alone
    }

    @Test
    void slerpOfOrthogonalUnitVectorsFollowsTheQuarterCircle() {
        float[] a = {1, 0};
        float[] b = {0, 1};
        assertThat(Latents.slerp(a, b, 0)).containsExactly(new float[] {1, 0}, within(EPS));
        assertThat(Latents.slerp(a, b, 1)).containsExactly(new float[] {0, 1}, within(EPS));
        // halfway: (a + b) / sqrt 2, still of length 1 (lerp would give length 1/sqrt 2)
        assertThat(Latents.slerp(a, b, 0.5)).containsExactly(new float[] {(float) ROOT_HALF, (float) ROOT_HALF}, within(EPS));
        // a third of the way: the angle is 30 degrees
        assertThat(Latents.slerp(a, b, 1.0 / 3)).containsExactly(
                new float[] {(float) Math.cos(Math.PI / 6), (float) Math.sin(Math.PI / 6)}, within(EPS));
    }

    @Test
    void slerpInterpolatesTheLengthLinearly() {
        float[] a = {2, 0, 0};
        float[] b = {0, 0, 4};
        // halfway: length (2 + 4) / 2 = 3, direction (1, 0, 1) / sqrt 2
        float[] half = Latents.slerp(a, b, 0.5);
        assertThat(half).containsExactly(new float[] {(float) (3 * ROOT_HALF), 0, (float) (3 * ROOT_HALF)}, within(EPS));
        assertThat(Latents.norm(half)).isCloseTo(3, within(1e-6));
        assertThat(Latents.norm(Latents.slerp(a, b, 0.25))).isCloseTo(2.5, within(1e-6));
    }

    @Test
    void slerpOfParallelOrZeroVectorsFallsBackToLerp() {
        float[] a = {1, 1};
        float[] b = {3, 3};
        assertThat(Latents.slerp(a, b, 0.5)).containsExactly(new float[] {2, 2}, within(EPS));
        assertThat(Latents.slerp(new float[] {0, 0}, b, 0.5)).containsExactly(new float[] {1.5f, 1.5f}, within(EPS));
    }

    @Test
    void meanIsElementWise() {
        assertThat(Latents.mean(List.of(new float[] {1, 2}, new float[] {3, 6}, new float[] {5, 1})))
                .containsExactly(3, 3);
        assertThat(Latents.mean(List.of(new float[] {-1, 0.5f}))).containsExactly(-1, 0.5f);
        assertThatThrownBy(() -> Latents.mean(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arithmeticIsAMinusBPlusC() {
        // "smiling woman - neutral woman + neutral man"
        assertThat(Latents.arithmetic(new float[] {5, 1}, new float[] {2, 1}, new float[] {0, 4})).containsExactly(3, 4);
    }

    @Test
    void moveAddsTheScaledDirection() {
        assertThat(Latents.move(new float[] {1, 1}, new float[] {0.6f, 0.8f}, 5)).containsExactly(
                new float[] {4, 5}, within(EPS));
    }

    @Test
    void dotAndNorm() {
        assertThat(Latents.dot(new float[] {1, 2, 3}, new float[] {4, -5, 6})).isEqualTo(12);
        assertThat(Latents.norm(new float[] {3, 4})).isEqualTo(5);
    }

    @Test
    void aUserDirectionPointsFromTheMeanWithoutToTheMeanWithAndHasTheirSpread() {
        // with: (2, 1), (4, 1) -> mean (3, 1); without: (0, 1), (-2, 1) -> mean (-1, 1); difference (4, 0)
        LatentDirection direction = Latents.userDirection("right", List.of(new float[] {2, 1}, new float[] {4, 1}),
                List.of(new float[] {0, 1}, new float[] {-2, 1}));
        assertThat(direction.name()).isEqualTo("right");
        assertThat(direction.kind()).isEqualTo(LatentDirection.Kind.USER);
        assertThat(direction.vector()).containsExactly(1, 0);
        // positions along it: 2, 4, 0, -2 -> mean 1, variance (1 + 9 + 1 + 9) / 4 = 5
        assertThat(direction.spread()).isCloseTo(Math.sqrt(5), within(1e-9));
    }

    @Test
    void aUserDirectionIsUnitLengthAndItsSpreadIsOneWhenAllExamplesSit() {
        LatentDirection direction = Latents.userDirection("d", List.of(new float[] {3, 4}),
                List.of(new float[] {0, 0}));
        assertThat(Latents.norm(direction.vector())).isCloseTo(1, within(1e-6));
        assertThat(direction.vector()).containsExactly(new float[] {0.6f, 0.8f}, within(EPS));
        assertThat(direction.spread()).isCloseTo(2.5, within(1e-6)); // positions 5 and 0
        LatentDirection same = Latents.userDirection("d", List.of(new float[] {1, 0}, new float[] {1, 5}),
                List.of(new float[] {0, 0}, new float[] {0, 5}));
        assertThat(same.spread()).isCloseTo(0.5, within(1e-6)); // positions 1, 1, 0, 0
    }

    @Test
    void aUserDirectionNeedsExamplesOnBothSidesThatDiffer() {
        assertThatThrownBy(() -> Latents.userDirection("d", List.of(), List.of(new float[] {1})))
                .isInstanceOf(StudioException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> Latents.userDirection("d", List.of(new float[] {1, 2}), List.of(new float[] {1, 2})))
                .isInstanceOf(StudioException.class).hasMessageContaining("the same on average");
    }

    @Test
    void vectorsOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> Latents.lerp(new float[2], new float[3], 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latents.slerp(new float[2], new float[3], 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latents.arithmetic(new float[2], new float[2], new float[1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latents.mean(List.of(new float[2], new float[1]))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latents.move(new float[2], new float[3], 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDirectionsSpreadMustBePositiveAndFinite() {
        assertThatThrownBy(() -> new LatentDirection("x", LatentDirection.Kind.USER, new float[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LatentDirection("x", LatentDirection.Kind.USER, new float[] {1}, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
