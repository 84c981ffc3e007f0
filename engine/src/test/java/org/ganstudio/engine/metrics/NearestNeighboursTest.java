package org.ganstudio.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNeighboursTest {

    private static ImagePlanes pixels(float... values) {
        return ImagePlanes.grey(values.length, 1, values);
    }

    @Test
    void eachQueryGetsTheRootMeanSquareDistanceToItsNearestReference() {
        List<ImagePlanes> reference = List.of(pixels(0, 0), pixels(1, 1));

        double[] distances = NearestNeighbours.nearest(
                List.of(pixels(0.2f, 0.2f), pixels(1, 0.6f), pixels(1, 1)), reference);

        // (0.2, 0.2) to (0, 0): sqrt((0.04 + 0.04) / 2) = 0.2; (1, 0.6) to (1, 1): sqrt(0.16 / 2); a copy: 0
        assertThat(distances[0]).isCloseTo(0.2, within(1e-6));
        assertThat(distances[1]).isCloseTo(Math.sqrt(0.08), within(1e-6));
        assertThat(distances[2]).isZero();
    }

    @Test
    void closestRanksReferencesByMeanAbsoluteDifferenceNearestFirst() {
        List<ImagePlanes> reference = List.of(pixels(1, 1), pixels(0, 0.5f), pixels(0.2f, 0.2f), pixels(0, 0.5f));

        List<NearestNeighbours.Ranked> ranked = NearestNeighbours.closest(pixels(0, 0.4f), reference.size(),
                reference::get, 3);

        // |0-0|+|0.4-0.5| = 0.1 / 2 = 0.05 (twice, in reference order); (0.2 + 0.2) / 2 = 0.2; (1 + 0.6) / 2 = 0.8
        assertThat(ranked).extracting(NearestNeighbours.Ranked::index).containsExactly(1, 3, 2);
        assertThat(ranked.get(0).distance()).isCloseTo(0.05, within(1e-6));
        assertThat(ranked.get(2).distance()).isCloseTo(0.2, within(1e-6));
    }

    @Test
    void summaryGivesMedianFifthPercentileAndMinimum() {
        NearestNeighbours.Summary summary = NearestNeighbours.Summary.of(new double[] {4, 1, 3, 2, 5});

        // sorted 1 2 3 4 5; the 5th percentile sits at 0.05 * 4 = 0.2 between 1 and 2
        assertThat(summary.count()).isEqualTo(5);
        assertThat(summary.median()).isEqualTo(3);
        assertThat(summary.fifthPercentile()).isCloseTo(1.2, within(1e-12));
        assertThat(summary.min()).isEqualTo(1);
    }

    @Test
    void copiedSamplesLieNearerToTheTrainingImagesThanHeldOutRealOnes() {
        List<ImagePlanes> training = List.of(pixels(0, 0, 0), pixels(0.5f, 0.5f, 0.5f), pixels(1, 0, 1));
        List<ImagePlanes> heldOut = List.of(pixels(0.2f, 0.1f, 0), pixels(0.9f, 0.2f, 0.8f));
        List<ImagePlanes> copies = List.of(pixels(0, 0, 0), pixels(1, 0, 1));

        NearestNeighbours.Report report = NearestNeighbours.memorisation(copies, heldOut, training);

        assertThat(report.samples().median()).isZero();
        assertThat(report.floor().min()).isGreaterThan(0.1);
        assertThat(report.floor().count()).isEqualTo(2);
    }

    @Test
    void refusesAnEmptyReferenceAndImagesOfAnotherSize() {
        assertThatThrownBy(() -> NearestNeighbours.nearest(List.of(pixels(0)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NearestNeighbours.nearest(List.of(pixels(0)), List.of(pixels(0, 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NearestNeighbours.Summary.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
