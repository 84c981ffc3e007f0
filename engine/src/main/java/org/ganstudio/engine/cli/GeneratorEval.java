package org.ganstudio.engine.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.image.ImageDataset;
import org.ganstudio.engine.image.ImageFolder;
import org.ganstudio.engine.metrics.ImagePlanes;
import org.ganstudio.engine.metrics.NearestNeighbours;
import org.ganstudio.engine.metrics.SlicedWasserstein;
import org.ganstudio.engine.train.BatchOrder;

/**
 * The DCGAN side of {@code ./studio eval}: N samples against N real images of the training folder, with a
 * second, disjoint N real images as the floor (what another draw of real data scores). The real images are
 * fitted as in training and picked at random from the folder; with fewer than 2N usable images, N is half of
 * them.
 *
 * <p>Printed: the sliced Wasserstein distance x 1e3 per pyramid level and on average (Karras et al. 2018's
 * settings), generated vs real and real vs real; and the memorisation check, the RMS distance of each sample
 * and of each floor image to its nearest image of the first real half.
 */
final class GeneratorEval {
    private static final int BATCH = 64;

    /** What {@code --json} writes. */
    record Written(String model, String data, int samples, long seed, SwdJson swd, NearestNeighbours.Report memorisation) {}

    /** The distances x 1e3 per level (finest first) and their mean. */
    record SwdJson(List<Integer> levelWidths, List<Double> generated, double generatedAverage, List<Double> realFloor,
            double realFloorAverage) {}

    private final Path model;
    private final Path data;
    private final long seed;

    GeneratorEval(Path model, Path data, long seed) {
        this.model = model;
        this.data = data;
        this.seed = seed;
    }

    /** Scores up to {@code samples} samples of {@code generator}, prints the figures, writes {@code json} if set. */
    void run(ImageGenerator generator, int channels, int samples, Path json, PrintStream out) {
        ImageDataset dataset = new ImageFolder().load(data, generator.imageSize(), channels);
        dataset.skipped().forEach(s -> out.println("Skipped " + s.name() + ": " + s.reason()));
        int n = Math.min(samples, dataset.size() / 2);
        if (n < 1) {
            throw new StudioException("The folder " + data + " has " + dataset.size()
                    + " usable image(s); comparing samples with real images needs at least 2.");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = BatchOrder.shuffledIndices(dataset.size(), random);
        List<ImagePlanes> real = planes(dataset, order, 0, n, channels);
        List<ImagePlanes> floor = planes(dataset, order, n, n, channels);
        List<ImagePlanes> generated = generate(generator, n, channels, random);

        SlicedWasserstein.Result swd = SlicedWasserstein.distance(generated, real, SlicedWasserstein.Settings.KARRAS, seed);
        SlicedWasserstein.Result swdFloor = SlicedWasserstein.distance(floor, real, SlicedWasserstein.Settings.KARRAS, seed);
        NearestNeighbours.Report nearest = NearestNeighbours.memorisation(generated, floor, real);
        print(out, n, swd, swdFloor, nearest);
        if (json != null) {
            write(json, new Written(model.getFileName().toString(), data.getFileName().toString(), n, seed,
                    new SwdJson(swd.levelWidths(), swd.perLevel(), swd.average(), swdFloor.perLevel(),
                            swdFloor.average()), nearest));
            out.println("Figures written to " + json);
        }
    }

    private void print(PrintStream out, int n, SlicedWasserstein.Result swd, SlicedWasserstein.Result floor,
            NearestNeighbours.Report nearest) {
        out.printf(Locale.ROOT, "%s: %d samples against %d real images of %s; another %d real images as the floor%n",
                model.getFileName(), n, n, data.getFileName(), n);
        out.println("Sliced Wasserstein distance x 1e3 (Karras et al. 2018), generated vs real, real vs real:");
        for (int level = 0; level < swd.perLevel().size(); level++) {
            out.printf(Locale.ROOT, "  level %3d px  %10.2f  %10.2f%n", swd.levelWidths().get(level),
                    swd.perLevel().get(level), floor.perLevel().get(level));
        }
        out.printf(Locale.ROOT, "  average       %10.2f  %10.2f%n", swd.average(), floor.average());
        out.println("Nearest image of the real half (RMS distance, intensities 0..1), median / 5th percentile / min:");
        out.printf(Locale.ROOT, "  samples     %.4f / %.4f / %.4f%n", nearest.samples().median(),
                nearest.samples().fifthPercentile(), nearest.samples().min());
        out.printf(Locale.ROOT, "  real floor  %.4f / %.4f / %.4f%n", nearest.floor().median(),
                nearest.floor().fifthPercentile(), nearest.floor().min());
    }

    /** 0 .. size-1 in a random order (Fisher-Yates). */
    private static List<ImagePlanes> planes(ImageDataset dataset, int[] order, int from, int count, int channels) {
        List<ImagePlanes> planes = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            planes.add(ImagePlanes.of(dataset.image(order[i]), channels));
        }
        return planes;
    }

    private static List<ImagePlanes> generate(ImageGenerator generator, int n, int channels, SplittableRandom random) {
        List<ImagePlanes> planes = new ArrayList<>(n);
        for (int start = 0; start < n; start += BATCH) {
            float[][] latents = new float[Math.min(BATCH, n - start)][];
            for (int i = 0; i < latents.length; i++) {
                latents[i] = generator.randomLatent(random.nextLong());
            }
            for (BufferedImage image : generator.generate(latents)) {
                planes.add(ImagePlanes.of(image, channels));
            }
        }
        return planes;
    }

    private static void write(Path file, Written written) {
        try {
            Json.write(file, written);
        } catch (IOException e) {
            throw new StudioException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
