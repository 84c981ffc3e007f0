package org.ganstudio.engine.bench;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ganstudio.engine.singan.Scale;
import org.ganstudio.engine.singan.SinganConfig;
import org.ganstudio.engine.singan.SinganSampler;
import org.ganstudio.engine.singan.SinganTraining;
import org.ganstudio.engine.train.StepRandom;

/**
 * The SinGAN rows of {@code ./studio bench}: a random sample through the whole pyramid at the paper's 250 px (what
 * paint-to-image and harmonization cost per result) and at the CPU schedule's 200 px, and one training iteration of
 * the CPU schedule's finest scale. Generators are freshly initialised: the cost does not depend on the weights.
 */
final class SinganBench {

    private static final int TRAINING_REPEATS = 3;
    private final Device device;
    private final int repeats;

    SinganBench(Device device, int repeats) {
        this.device = device;
        this.repeats = repeats;
    }

    /** Measures and appends the rows, with shares of {@code peak} GFLOP/s. */
    void addTo(List<BenchResult> results, double peak) {
        inference(results, peak, SinganConfig.paper(), 250, 188, "paper schedule");
        inference(results, peak, SinganConfig.fast(), 200, 150, "CPU schedule");
        training(results, peak, SinganConfig.fast(), 200, 150);
    }

    private void inference(List<BenchResult> results, double peak, SinganConfig config, int width, int height,
            String schedule) {
        Path folder = null;
        try (NDManager m = NDManager.newBaseManager(device)) {
            folder = Files.createTempDirectory("singan-bench");
            int scales;
            double flop = 0;
            try (SinganTraining pyramid = everyScale(config, width, height, m)) {
                pyramid.save(folder);
                scales = pyramid.pyramid().size();
                for (Scale s : pyramid.pyramid().scales()) {
                    flop += config.generatorFlops(s);
                }
            }
            try (SinganSampler sampler = SinganSampler.load(folder, m)) {
                long[] seed = {0};
                results.add(row("SinGAN " + width + "x" + height + " random sample through all " + scales + " scales ("
                        + schedule + ")", Stopwatch.time(() -> sampler.sample(0, width, height, seed[0]++), 2, repeats),
                        flop, peak));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    private void training(List<BenchResult> results, double peak, SinganConfig config, int width, int height) {
        try (NDManager m = NDManager.newBaseManager(device); SinganTraining pyramid = upToFinest(config, width, height, m)) {
            int finest = pyramid.pyramid().size() - 1;
            Scale s = pyramid.pyramid().scale(finest);
            long[] iteration = {0};
            results.add(row("SinGAN training iteration of the finest scale, " + s.width() + "x" + s.height() + ", "
                    + s.features() + " maps (CPU schedule: " + config.criticSteps() + " critic + " + config.generatorSteps()
                    + " generator updates)", Stopwatch.time(() -> {
                        try (NDManager step = m.newSubManager()) {
                            pyramid.step(step, iteration[0], StepRandom.forStep(1, iteration[0]++, 0));
                        }
                    }, 1, Math.min(repeats, TRAINING_REPEATS)), config.flopsPerIteration(pyramid.pyramid(), finest), peak));
        }
    }

    /** A pyramid with every scale begun in turn (untrained), the last frozen: a complete model to sample from. */
    private static SinganTraining everyScale(SinganConfig config, int width, int height, NDManager m) {
        SinganTraining pyramid = upToFinest(config, width, height, m);
        pyramid.finish();
        return pyramid;
    }

    private static SinganTraining upToFinest(SinganConfig config, int width, int height, NDManager m) {
        SinganTraining pyramid = new SinganTraining(noise(width, height), config, 1, m);
        for (int k = 0; k < pyramid.pyramid().size(); k++) {
            pyramid.beginScale(k);
        }
        return pyramid;
    }

    private static BufferedImage noise(int width, int height) {
        SplittableRandom random = new SplittableRandom(1);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        return image;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private BenchResult row(String name, double[] times, double flop, double peak) {
        double gflop = flop / 1e9;
        double rate = gflop / (times[0] / 1000);
        return new BenchResult(name, times[0], times[1], gflop, rate, rate / peak, repeats);
    }
}
