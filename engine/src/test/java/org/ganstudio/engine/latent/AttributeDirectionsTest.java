package org.ganstudio.engine.latent;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.SplittableRandom;
import org.ganstudio.engine.api.LatentDirection;
import org.ganstudio.engine.api.Latents;
import org.junit.jupiter.api.Test;

/**
 * Directions fitted on a fake generator whose "attribute" is known: it draws a red disc when z[3] > 0 and a blue
 * one otherwise, whatever the other coordinates say (they only move and size the disc).
 */
class AttributeDirectionsTest {

    private static final int LATENT = 8;

    private static BufferedImage[] fake(float[][] latents) {
        BufferedImage[] images = new BufferedImage[latents.length];
        for (int i = 0; i < latents.length; i++) {
            float[] z = latents[i];
            long seed = Float.floatToIntBits(z[0]) * 31L + Float.floatToIntBits(z[1]);
            images[i] = AttributeClassifierTest.disc(z[3] > 0, new SplittableRandom(seed));
        }
        return images;
    }

    private static AttributeClassifier redness() {
        SplittableRandom random = new SplittableRandom(11);
        List<AttributeClassifier.Example> examples = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            examples.add(new AttributeClassifier.Example(
                    AttributeClassifier.features(AttributeClassifierTest.disc(i % 2 == 0, random), 3), i % 2 == 0, "g" + i));
        }
        AttributeClassifier.Fit fit = AttributeClassifier.train(examples, 1);
        assertThat(fit.balancedAccuracy()).isEqualTo(1.0);
        return fit.classifier();
    }

    @Test
    void theDirectionOfAnAttributeThatFollowsOneCoordinateIsThatCoordinateWithTheRightSign() {
        AttributeClassifier red = redness();
        int[] drawn = {0};

        List<AttributeDirections.Found> found = AttributeDirections.fit(AttributeDirectionsTest::fake, LATENT, 3,
                List.of(new AttributeDirections.Attribute("red", red)), 300, 100, 5, (done, total) -> drawn[0] = done);

        assertThat(found).hasSize(1);
        AttributeDirections.Found f = found.get(0);
        LatentDirection direction = f.direction();
        assertThat(direction.name()).isEqualTo("red");
        assertThat(direction.kind()).isEqualTo(LatentDirection.Kind.ATTRIBUTE);
        assertThat(Latents.norm(direction.vector())).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
        assertThat((double) direction.vector()[3]).isGreaterThan(0.9); // close to +e3
        assertThat(direction.spread()).isBetween(0.8, 1.2);
        assertThat(f.meanScore()).isBetween(0.35, 0.65);
        assertThat(f.scorePlus()).isGreaterThan(0.9);
        assertThat(f.scoreMinus()).isLessThan(0.1);
        assertThat(drawn[0]).isEqualTo(300 + 2 * 100);
    }

    @Test
    void theSameSeedGivesTheSameDirection() {
        AttributeClassifier red = redness();
        var attribute = List.of(new AttributeDirections.Attribute("red", red));
        float[] a = AttributeDirections.fit(AttributeDirectionsTest::fake, LATENT, 3, attribute, 100, 10, 9,
                AttributeDirections.Progress.NONE).get(0).direction().vector();
        float[] b = AttributeDirections.fit(AttributeDirectionsTest::fake, LATENT, 3, attribute, 100, 10, 9,
                AttributeDirections.Progress.NONE).get(0).direction().vector();
        assertThat(a).containsExactly(b);
    }
}
