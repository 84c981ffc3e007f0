package org.ganstudio.engine.latent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ganstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;

/** The logistic-regression classifier on synthetic images whose answer is known. */
class AttributeClassifierTest {

    /** A 32 px picture: a noisy grey ground with a red (positive) or blue disc of varying size and place. */
    static BufferedImage disc(boolean red, SplittableRandom random) {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                int g = 100 + random.nextInt(80);
                image.setRGB(x, y, new Color(g, g, g).getRGB());
            }
        }
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(red ? new Color(200 + random.nextInt(55), 30, 40) : new Color(30, 40, 200 + random.nextInt(55)));
        int size = 10 + random.nextInt(12);
        graphics.fillOval(random.nextInt(32 - size), random.nextInt(32 - size), size, size);
        graphics.dispose();
        return image;
    }

    private static List<AttributeClassifier.Example> examples(int perClass, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<AttributeClassifier.Example> examples = new ArrayList<>();
        for (int i = 0; i < 2 * perClass; i++) {
            boolean red = i % 2 == 0;
            examples.add(new AttributeClassifier.Example(AttributeClassifier.features(disc(red, random), 3), red, "g" + i));
        }
        return examples;
    }

    @Test
    void redAndBlueDiscsAreToldApartOnHeldOutImagesAndFreshOnes() {
        AttributeClassifier.Fit fit = AttributeClassifier.train(examples(40, 1), 7);

        assertThat(fit.balancedAccuracy()).isEqualTo(1.0);
        assertThat(fit.heldOut()).isEqualTo(16); // a fifth of each class
        assertThat(fit.trained()).isEqualTo(64);
        SplittableRandom random = new SplittableRandom(99);
        for (int i = 0; i < 20; i++) {
            assertThat(fit.classifier().probability(AttributeClassifier.features(disc(true, random), 3))).isGreaterThan(0.5);
            assertThat(fit.classifier().probability(AttributeClassifier.features(disc(false, random), 3))).isLessThan(0.5);
        }
    }

    @Test
    void theSameExamplesAndSeedGiveTheSameClassifier() {
        float[] probe = AttributeClassifier.features(disc(true, new SplittableRandom(5)), 3);
        AttributeClassifier.Fit a = AttributeClassifier.train(examples(30, 2), 3);
        AttributeClassifier.Fit b = AttributeClassifier.train(examples(30, 2), 3);
        assertThat(a.classifier().logit(probe)).isEqualTo(b.classifier().logit(probe));
        assertThat(a.balancedAccuracy()).isEqualTo(b.balancedAccuracy());
    }

    @Test
    void aGroupIsHeldOutWhole() {
        List<AttributeClassifier.Example> examples = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 40; i++) {
            boolean red = i % 2 == 0;
            // 10 groups of 4: both classes in each group
            examples.add(new AttributeClassifier.Example(AttributeClassifier.features(disc(red, random), 3), red, "g" + i / 4));
        }
        AttributeClassifier.Fit fit = AttributeClassifier.train(examples, 1);
        assertThat(fit.heldOut() % 4).isZero();
        assertThat(fit.heldOut()).isBetween(4, 12);
    }

    @Test
    void aClassInOneGroupCannotBeSplit() {
        List<AttributeClassifier.Example> examples = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 20; i++) {
            boolean red = i % 2 == 0;
            examples.add(new AttributeClassifier.Example(AttributeClassifier.features(disc(red, random), 3), red,
                    red ? "all-red" : "b" + i));
        }
        assertThatThrownBy(() -> AttributeClassifier.train(examples, 1)).isInstanceOf(StudioException.class)
                .hasMessageContaining("positive examples (10) are too few");
    }
}
