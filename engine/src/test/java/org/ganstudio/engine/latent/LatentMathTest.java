package org.ganstudio.engine.latent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small numerical pieces of the latent lab against hand-worked answers. */
class LatentMathTest {

    @Test
    void jacobiFindsTheEigenpairsOfASymmetricMatrix() {
        // [[2, 1], [1, 2]] has eigenvalues 3 (along (1, 1)) and 1 (along (1, -1))
        double[][] vectors = new double[2][2];
        double[] values = Jacobi.eigen(new double[][] {{2, 1}, {1, 2}}, vectors);
        int big = values[0] > values[1] ? 0 : 1;
        assertThat(values[big]).isCloseTo(3, within(1e-12));
        assertThat(values[1 - big]).isCloseTo(1, within(1e-12));
        assertThat(Math.abs(vectors[0][big])).isCloseTo(Math.sqrt(0.5), within(1e-12));
        assertThat(vectors[0][big] * vectors[1][big]).isPositive();
        // a diagonal matrix is its own answer
        double[] diagonal = Jacobi.eigen(new double[][] {{5, 0, 0}, {0, -1, 0}, {0, 0, 2}}, new double[3][3]);
        assertThat(diagonal).containsExactly(5, -1, 2);
    }

    @Test
    void choleskySolvesAPositiveDefiniteSystem() {
        // [[4, 2], [2, 3]] x = [2, 1] -> x = (0.5, 0)
        double[] x = Jacobi.solve(Jacobi.cholesky(new double[][] {{4, 2}, {2, 3}}), new double[] {2, 1});
        assertThat(x).containsExactly(new double[] {0.5, 0}, within(1e-12));
    }

    @Test
    void mapsAreRankedByTheirStandardisedDifference() {
        // map 0: means 1 vs 0, pooled sd 1 (score 1); map 1: 10 vs 0 but pooled sd 20 (0.5); map 2: 3 vs 0, sd 1 (3)
        double[][] with = {{0, -10, 2}, {2, 30, 4}};
        double[][] without = {{-1, -20, -1}, {1, 20, 1}};
        double[] scores = MapRanking.scores(with, without);
        // pooled variance of map 0: (2 + 2) / 2 = 2 -> sd sqrt 2, difference 1
        assertThat(scores[0]).isCloseTo(1 / Math.sqrt(2), within(1e-5));
        assertThat(MapRanking.rank(with, without, 3)).containsExactly(2, 0, 1);
        assertThat(MapRanking.rank(with, without, 1)).containsExactly(2);
        assertThat(MapRanking.rank(with, without, 9)).hasSize(3);
    }

    @Test
    void aConstantMapTileIsBlackAndOthersSpanBlackToWhite() {
        float[] values = {0, 0, 0, 0, 1, 3, 2, 5};
        assertThat(FeatureTiles.tile(values, 0, 2).getRaster().getPixels(0, 0, 2, 2, (int[]) null)).containsOnly(0);
        assertThat(FeatureTiles.tile(values, 4, 2).getRaster().getPixels(0, 0, 2, 2, (int[]) null))
                .containsExactly(0, 128, 64, 255);
        assertThat(FeatureTiles.mean(values, 4, 2)).isEqualTo(2.75f);
    }

    @Test
    void theProjectorFindsTheMinimumOfABowlAndKeepsTheBestStart() {
        // distance |z - (1, -2)|^2 from two starts; the gradient is 2 (z - c)
        float[] centre = {1, -2};
        Projector.Objective bowl = (z, distances) -> {
            float[] gradient = new float[z.length];
            for (int s = 0; s < z.length / 2; s++) {
                double d = 0;
                for (int j = 0; j < 2; j++) {
                    double diff = z[s * 2 + j] - centre[j];
                    d += diff * diff;
                    gradient[s * 2 + j] = (float) (2 * diff);
                }
                distances[s] = (float) d;
            }
            return gradient;
        };
        Projector.Result result = new Projector(0.1).run(bowl, new float[] {10, 10, 0, 0}, 2, 300, (a, b, c) -> { },
                () -> false);
        assertThat(result.steps()).isEqualTo(300);
        assertThat(result.latent()).containsExactly(new float[] {1, -2}, within(0.05f));
        assertThat(result.distance()).isLessThan(0.01);
        Projector.Result none = new Projector(0.1).run(bowl, new float[] {10, 10, 0, 0}, 2, 300, (a, b, c) -> { },
                () -> true);
        assertThat(none.steps()).isZero();
        assertThat(none.latent()).containsExactly(0, 0); // the better start
        assertThat(none.distance()).isCloseTo(5, within(1e-6));
        assertThat(List.of(none.latent().length)).containsExactly(2);
    }
}
