package org.ganstudio.engine.cli;

import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ganstudio.engine.api.ImageDomain;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TranslationDirection;
import org.ganstudio.engine.api.TwoWayTranslator;
import org.ganstudio.engine.image.ImageDataset;
import org.ganstudio.engine.image.ImageFolder;
import org.ganstudio.engine.metrics.ImageMetrics;
import org.ganstudio.engine.metrics.ImagePlanes;
import org.ganstudio.engine.metrics.SlicedWasserstein;

/**
 * {@code eval} of an unpaired translator (CycleGAN) on a folder holding {@code A/} and {@code B/} (held-out pictures,
 * say). Without pairs there is no right answer per picture, so each direction is scored as a distribution: the sliced
 * Wasserstein distance of the translated pictures to real ones of the target domain, beside the same distance for
 * the pictures left untranslated (how far apart the domains are to begin with) and for two halves of the target
 * (the floor); and the cycle's L1, how well a picture comes back from the round trip.
 */
final class UnpairedEval {

    private final long seed;
    private final PrintStream out;

    UnpairedEval(long seed, PrintStream out) {
        this.seed = seed;
        this.out = out;
    }

    void run(TwoWayTranslator translator, Path data) {
        out.printf(Locale.ROOT, "%s on %s; sliced Wasserstein distance x 1e3 to real pictures of the target domain%n",
                translator.modelId(), data.getFileName());
        out.printf(Locale.ROOT, "%-22s %8s %12s %12s %8s %10s%n", "direction", "pictures", "translated",
                "untranslated", "floor", "cycle L1");
        // each domain read once, at the model's size and in its own channels
        ImageDataset a = new ImageFolder().load(domain(data, "A"), translator.imageSize(), translator.domainA().channels());
        ImageDataset b = new ImageFolder().load(domain(data, "B"), translator.imageSize(), translator.domainB().channels());
        score(translator, TranslationDirection.A_TO_B, a, b);
        score(translator, TranslationDirection.B_TO_A, b, a);
    }

    private void score(TwoWayTranslator t, TranslationDirection direction, ImageDataset source, ImageDataset target) {
        boolean forward = direction == TranslationDirection.A_TO_B;
        ImageDomain from = forward ? t.domainA() : t.domainB();
        ImageDomain to = forward ? t.domainB() : t.domainA();
        int n = Math.min(source.size(), target.size() / 2);
        if (n < 2) {
            throw new StudioException("Scoring " + from.name() + " to " + to.name() + " needs at least 2 pictures of "
                    + from.name() + " and 4 of " + to.name() + "; the folder has " + source.size() + " and "
                    + target.size() + ".");
        }
        List<ImagePlanes> translated = new ArrayList<>();
        List<ImagePlanes> untranslated = new ArrayList<>();
        double cycle = 0;
        for (int i = 0; i < n; i++) {
            BufferedImage picture = source.image(i);
            BufferedImage there = t.translate(picture, direction);
            translated.add(ImagePlanes.of(there, to.channels()));
            untranslated.add(ImagePlanes.of(picture, to.channels()));
            BufferedImage back = t.translate(there, direction.reverse());
            cycle += ImageMetrics.l1(ImagePlanes.of(picture, from.channels()), ImagePlanes.of(back, from.channels()));
        }
        List<ImagePlanes> real = planes(target, 0, n, to.channels());
        List<ImagePlanes> floor = planes(target, n, n, to.channels());
        out.printf(Locale.ROOT, "%-22s %8d %12.1f %12.1f %8.1f %10.4f%n", from.name() + " to " + to.name(), n,
                swd(translated, real), swd(untranslated, real), swd(floor, real), cycle / n);
    }

    private double swd(List<ImagePlanes> a, List<ImagePlanes> b) {
        return SlicedWasserstein.distance(a, b, SlicedWasserstein.Settings.KARRAS, seed).average();
    }

    private static List<ImagePlanes> planes(ImageDataset dataset, int from, int count, int channels) {
        List<ImagePlanes> planes = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            planes.add(ImagePlanes.of(dataset.image(i), channels));
        }
        return planes;
    }

    /** {@code letter}/ or {@code trainLetter}/ or {@code testLetter}/ under the folder. */
    private static Path domain(Path folder, String letter) {
        for (String name : List.of(letter, "test" + letter, "train" + letter)) {
            Path candidate = folder.resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new StudioException("The folder " + folder + " needs a sub-folder " + letter + "/ (or test" + letter
                + "/ or train" + letter + "/) with pictures of domain " + letter + ".");
    }
}
