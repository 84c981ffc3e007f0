package org.ganstudio.engine.dcgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.ganstudio.engine.api.FeatureMaps;
import org.ganstudio.engine.api.FeatureMask;
import org.ganstudio.engine.api.GeneratorLayer;
import org.ganstudio.engine.api.LatentDirection;
import org.ganstudio.engine.api.Latents;
import org.ganstudio.engine.api.Projection;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingState;
import org.ganstudio.engine.image.ImageTensors;
import org.ganstudio.engine.latent.PrincipalDirections;
import org.ganstudio.engine.train.ArrayTrainingData;
import org.ganstudio.engine.train.RunSettings;
import org.ganstudio.engine.train.StepRandom;
import org.ganstudio.engine.train.TrainingRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The latent lab on an opened DCGAN: loading, layers, feature maps, directions, map ranking, projection. */
class DcganImageGeneratorTest {

    private static final DcganConfig TINY = new DcganConfig(32, 3, 16, 4, 4, 2e-4, 0.5);
    private static final Path SHIPPED = Path.of("..", "models", "dcgan-fashion-shoes-28");

    @TempDir
    Path temp;

    private static DcganImageGenerator tiny(long seed) {
        return new DcganImageGenerator("tiny", DcganGenerator.initialised(TINY, Device.cpu(), seed));
    }

    @Test
    void aCheckpointOpensAsItsGeneratorAloneAndDrawsWhatTheTrainingModelDraws() throws Exception {
        DcganConfig config = new DcganConfig(28, 1, 4, 4, 4, 2e-4, 0.5);
        TrainingRuns runs = new TrainingRuns((f, size, channels, p, c) -> ArrayTrainingData.darkSquares(4, size), "test");
        var end = runs.start(new DcganFamily(), config, new RunSettings(2, 2, 1, 10, 10, 2), temp, temp.resolve("my-run"),
                Device.cpu(), s -> { }).completion().get();
        assertThat(end.state()).isEqualTo(TrainingState.COMPLETED);
        Path checkpoint = temp.resolve("my-run/checkpoints/step-00000002");
        float[][] latents = {StepRandom.gaussian(new SplittableRandom(1), 4), StepRandom.gaussian(new SplittableRandom(2), 4)};
        try (DcganImageGenerator generator = DcganImageGenerator.open(checkpoint, Device.cpu());
                DcganModel model = new DcganModel(config, Device.cpu(), 0)) {
            model.loadGenerator(checkpoint);
            BufferedImage[] images = generator.generate(latents);
            for (int i = 0; i < latents.length; i++) {
                BufferedImage expected = ImageTensors.fromChw(model.generate(latents[i]), 1, 28, 28);
                assertThat(pixels(images[i])).containsExactly(pixels(expected));
            }
            assertThat(generator.modelId()).isEqualTo("my-run/step-00000002");
            assertThat(generator.channels()).isEqualTo(1);
        }
    }

    @Test
    void aModelFolderIsKnownByItsName() {
        assertThat(org.ganstudio.engine.train.ModelFolders.modelIdOf(Path.of("models", "dcgan-faces-64"))).isEqualTo("dcgan-faces-64");
        assertThat(org.ganstudio.engine.train.ModelFolders.modelIdOf(Path.of("runs", "faces", "checkpoints", "step-00000500")))
                .isEqualTo("faces/step-00000500");
        assertThat(org.ganstudio.engine.train.ModelFolders.modelIdOf(Path.of("elsewhere", "step-00000500"))).isEqualTo("step-00000500");
        try (DcganImageGenerator shipped = DcganImageGenerator.open(SHIPPED, Device.cpu())) {
            assertThat(shipped.modelId()).isEqualTo("dcgan-fashion-shoes-28");
        }
    }

    @Test
    void theLayersAreNamedBySizeAndMapsAndTheirTilesMatch() {
        try (DcganImageGenerator generator = tiny(1)) {
            assertThat(generator.layers()).containsExactly(new GeneratorLayer(0, "4x4, 16 maps", 16, 4),
                    new GeneratorLayer(1, "8x8, 8 maps", 8, 8), new GeneratorLayer(2, "16x16, 4 maps", 4, 16));
            float[] z = generator.randomLatent(3);
            for (GeneratorLayer layer : generator.layers()) {
                FeatureMaps maps = generator.featureMaps(z, layer.index(), FeatureMask.NONE);
                assertThat(maps.layer()).isEqualTo(layer);
                assertThat(maps.tiles()).hasSize(layer.maps()).allSatisfy(tile -> {
                    assertThat(tile.getWidth()).isEqualTo(layer.size());
                    assertThat(tile.getHeight()).isEqualTo(layer.size());
                    assertThat(tile.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
                });
                for (float mean : maps.meanActivation()) {
                    assertThat(mean).isGreaterThanOrEqualTo(0f); // after ReLU
                }
            }
        }
    }

    @Test
    void eachTileRunsFromBlackAtItsMinimumToWhiteAtItsMaximumAndAMapSwitchedOffBeforeIsBlackAfter() {
        try (DcganImageGenerator generator = tiny(2)) {
            float[] z = generator.randomLatent(4);
            FeatureMaps maps = generator.featureMaps(z, 1, FeatureMask.NONE);
            for (int c = 0; c < 8; c++) {
                int[] levels = maps.tiles().get(c).getRaster().getPixels(0, 0, 8, 8, (int[]) null);
                int min = Arrays.stream(levels).min().orElseThrow();
                int max = Arrays.stream(levels).max().orElseThrow();
                assertThat(min).isZero();
                assertThat(max).isIn(0, 255); // 0 only for a constant map
                assertThat(max == 0).isEqualTo(maps.meanActivation()[c] == 0 || constant(levels));
            }
            // every map of layer 0 switched off: layer 1 sees zeros, so its maps are constant -> black tiles
            FeatureMask off = FeatureMask.NONE;
            for (int map = 0; map < 16; map++) {
                off = off.with(0, map, true);
            }
            FeatureMaps dark = generator.featureMaps(z, 1, off);
            assertThat(dark.tiles()).allSatisfy(tile -> assertThat(tile.getRaster().getPixels(0, 0, 8, 8, (int[]) null))
                    .containsOnly(0));
        }
    }

    private static boolean constant(int[] levels) {
        return Arrays.stream(levels).distinct().count() == 1;
    }

    @Test
    void switchingOffTheLastHiddenLayerDrawsMidGreyAndSwitchingAMapBackRestoresTheImage() {
        try (DcganImageGenerator generator = tiny(3)) {
            float[] z = generator.randomLatent(5);
            FeatureMask off = FeatureMask.NONE;
            for (int map = 0; map < 4; map++) {
                off = off.with(2, map, true);
            }
            // no bias, no BatchNorm in the last block: tanh(0) = 0 is level round(127.5) = 128 everywhere
            assertThat(levels(generator.generate(z, off))).containsOnly(128);
            BufferedImage plain = generator.generate(z, FeatureMask.NONE);
            assertThat(pixels(plain)).containsExactly(pixels(generator.generate(new float[][] {z})[0]));
            FeatureMask one = FeatureMask.NONE.with(2, 1, true);
            assertThat(pixels(generator.generate(z, one))).isNotEqualTo(pixels(plain));
            assertThat(pixels(generator.generate(z, one.with(2, 1, false)))).containsExactly(pixels(plain));
            assertThatThrownBy(() -> generator.generate(z, FeatureMask.NONE.with(2, 4, true)))
                    .isInstanceOf(StudioException.class).hasMessageContaining("16x16, 4 maps");
            assertThatThrownBy(() -> generator.featureMaps(z, 3, FeatureMask.NONE)).isInstanceOf(StudioException.class);
        }
    }

    @Test
    void principalDirectionsAreUnitLengthNamedInOrderAndTheSameForASeed() {
        try (DcganImageGenerator generator = tiny(4)) {
            List<LatentDirection> directions = generator.principalDirections(4, 300, 9);
            assertThat(directions).extracting(LatentDirection::name).containsExactly("PC 1", "PC 2", "PC 3", "PC 4");
            for (LatentDirection d : directions) {
                assertThat(d.kind()).isEqualTo(LatentDirection.Kind.PRINCIPAL);
                assertThat(d.vector()).hasSize(16);
                assertThat(Latents.norm(d.vector())).isCloseTo(1, within(1e-5));
                assertThat(d.spread()).isBetween(0.5, 2.0); // the latents are N(0, 1) along any unit direction
            }
            List<LatentDirection> again = generator.principalDirections(4, 300, 9);
            for (int i = 0; i < 4; i++) {
                assertThat(again.get(i).vector()).containsExactly(directions.get(i).vector());
                assertThat(again.get(i).spread()).isEqualTo(directions.get(i).spread());
            }
            assertThatThrownBy(() -> generator.principalDirections(17, 300, 9)).isInstanceOf(StudioException.class);
            assertThatThrownBy(() -> generator.principalDirections(2, 1, 9)).isInstanceOf(StudioException.class);
        }
    }

    @Test
    void theFirstDirectionMovesTheFirstLayersFirstComponentMoreThanRandomDirectionsDo() {
        int samples = 300;
        try (DcganGenerator net = DcganGenerator.initialised(TINY, Device.cpu(), 5); NDManager m = NDManager.newBaseManager()) {
            float[] latents = StepRandom.gaussian(new SplittableRandom(9), samples * 16);
            PrincipalDirections.Result found = PrincipalDirections.compute(net.activations(latents, 0, FeatureMask.NONE),
                    latents, samples, 3, 9, m);
            assertThat(found.variances()[0]).isGreaterThanOrEqualTo(found.variances()[1]);
            assertThat(found.variances()[1]).isGreaterThanOrEqualTo(found.variances()[2]);
            float[] pc1 = found.components().get(0);
            assertThat(Latents.norm(pc1)).isCloseTo(1, within(1e-4));
            double alongDirection = movement(net, found.directions().get(0), pc1);
            SplittableRandom random = new SplittableRandom(77);
            for (int i = 0; i < 10; i++) {
                float[] r = StepRandom.gaussian(random, 16);
                float[] unit = Latents.move(new float[16], r, 1 / Latents.norm(r));
                assertThat(alongDirection).isGreaterThan(movement(net, unit, pc1));
            }
        }
    }

    /** Mean |change of the first layer's activations along pc1| when 20 latents move one unit along d. */
    private static double movement(DcganGenerator net, float[] d, float[] pc1) {
        float[] base = StepRandom.gaussian(new SplittableRandom(31), 20 * 16);
        float[] moved = base.clone();
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 16; j++) {
                moved[i * 16 + j] += d[j];
            }
        }
        float[] before = net.activations(base, 0, FeatureMask.NONE);
        float[] after = net.activations(moved, 0, FeatureMask.NONE);
        int features = pc1.length;
        double total = 0;
        for (int i = 0; i < 20; i++) {
            double along = 0;
            for (int k = 0; k < features; k++) {
                along += (after[i * features + k] - before[i * features + k]) * pc1[k];
            }
            total += Math.abs(along);
        }
        return total / 20;
    }

    @Test
    void theMapThatSeparatesTheMarkedLatentsComesFirst() {
        try (DcganImageGenerator generator = tiny(6)) {
            List<float[]> pool = new ArrayList<>();
            List<float[]> means = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                float[] z = generator.randomLatent(1000 + i);
                pool.add(z);
                means.add(generator.featureMaps(z, 1, FeatureMask.NONE).meanActivation());
            }
            for (int chosen : new int[] {2, 5}) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < pool.size(); i++) {
                    order.add(i);
                }
                order.sort(Comparator.comparingDouble(i -> -means.get(i)[chosen]));
                List<float[]> with = order.subList(0, 20).stream().map(pool::get).toList();
                List<float[]> without = order.subList(180, 200).stream().map(pool::get).toList();
                List<Integer> tied = generator.mapsTiedTo(with, without, 1, 3);
                assertThat(tied).hasSize(3).first().isEqualTo(chosen);
            }
            assertThatThrownBy(() -> generator.mapsTiedTo(List.of(), pool, 1, 3)).isInstanceOf(StudioException.class);
        }
    }

    @Test
    void projectingAnImageTheGeneratorDrewFindsALatentThatDrawsItClosely() {
        try (DcganImageGenerator generator = DcganImageGenerator.open(SHIPPED, Device.cpu())) {
            BufferedImage target = generator.generate(new float[][] {generator.randomLatent(42)})[0];
            double random = 0;
            for (int seed = 0; seed < 4; seed++) {
                random += distance(generator.generate(new float[][] {generator.randomLatent(500 + seed)})[0], target) / 4;
            }
            List<Double> reported = new ArrayList<>();
            Projection found = generator.project(target, 60, 7, (done, total, d) -> {
                assertThat(done).isEqualTo(reported.size() + 1);
                assertThat(total).isEqualTo(60);
                reported.add(d);
            }, () -> false);
            assertThat(found.steps()).isEqualTo(60);
            assertThat(reported).hasSize(60);
            for (int i = 1; i < reported.size(); i++) {
                assertThat(reported.get(i)).isLessThanOrEqualTo(reported.get(i - 1)); // the best so far
            }
            assertThat(found.distance()).isLessThan(reported.get(0) / 2).isLessThan(random / 3);
            assertThat(distance(found.image(), target)).isCloseTo(found.distance(), within(0.01));
            assertThat(found.latent()).hasSize(100);
        }
    }

    @Test
    void aCancelledProjectionReturnsTheBestSoFarAndNoImageIsRefused() {
        try (DcganImageGenerator generator = tiny(7)) {
            BufferedImage target = generator.generate(new float[][] {generator.randomLatent(1)})[0];
            AtomicInteger polls = new AtomicInteger();
            Projection found = generator.project(target, 50, 3, (done, total, d) -> { }, () -> polls.incrementAndGet() > 5);
            assertThat(found.steps()).isEqualTo(5);
            assertThat(found.image().getWidth()).isEqualTo(32);
            assertThat(found.distance()).isBetween(0.0, 1.0);
            assertThatThrownBy(() -> generator.project(null, 10, 1, (a, b, c) -> { }, () -> false))
                    .isInstanceOf(StudioException.class).hasMessageContaining("no image");
        }
    }

    @Test
    void aTargetOfAnotherSizeAndColourIsFittedToTheModel() {
        try (DcganImageGenerator generator = DcganImageGenerator.open(SHIPPED, Device.cpu())) {
            BufferedImage wide = new BufferedImage(90, 40, BufferedImage.TYPE_INT_RGB);
            Projection found = generator.project(wide, 3, 1, (a, b, c) -> { }, () -> false);
            assertThat(found.image().getWidth()).isEqualTo(28);
            assertThat(found.steps()).isEqualTo(3);
        }
    }

    /** Mean |difference| of two images' levels, in [0, 1]. */
    private static double distance(BufferedImage a, BufferedImage b) {
        int[] x = levels(a);
        int[] y = levels(b);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += Math.abs(x[i] - y[i]);
        }
        return sum / x.length / 255;
    }

    private static int[] levels(BufferedImage image) {
        return image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (int[]) null);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
