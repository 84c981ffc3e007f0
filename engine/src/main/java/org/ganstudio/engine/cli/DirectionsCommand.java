package org.ganstudio.engine.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.latent.AttributeDirections;
import org.ganstudio.engine.latent.AttributeLabels;
import org.ganstudio.engine.latent.AttributeLearning;
import org.ganstudio.engine.latent.AttributeSlider;
import org.ganstudio.engine.latent.DirectionFile;
import org.ganstudio.engine.train.ModelFolderUpdate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./studio directions}: learns attribute sliders ("smile", "woman / man", "skin tone", ...) for a DCGAN
 * from a labelled image folder ({@link AttributeLearning}), prints how good each is, and saves them as
 * directions.json in the model folder, its manifest rewritten to cover the file ({@link ModelFolderUpdate}).
 */
@Command(name = "directions", sortOptions = false,
        description = {"Learn attribute directions (smile, woman / man, skin tone, ...) for a DCGAN from a labelled"
                + " image folder (labels.tsv) and save them with the model as directions.json."})
final class DirectionsCommand extends StudioCommand {

    /** Samples moved each way to measure a direction's effect (at most --samples). */
    static final int EFFECT_SAMPLES = 256;
    /** Below this held-out balanced accuracy the table marks a classifier as weak. */
    static final double WEAK_ACCURACY = 0.7;
    /** The least rise of the mean score from -2 to +2 spreads that the table does not mark. */
    static final double CLEAR_EFFECT = 0.2;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "A DCGAN model folder or checkpoint.")
    private Path model;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "A folder of labelled images with labels.tsv (columns file and attributes).")
    private Path data;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "2000", converter = Numbers.Positive.class,
            description = "Random samples the directions are fitted on. Default: ${DEFAULT-VALUE}.")
    private int samples;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Seed of the samples and of the classifiers' held-out split. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--min-examples", paramLabel = "N", defaultValue = "" + AttributeLearning.MINIMUM_EXAMPLES,
            converter = Numbers.Positive.class,
            description = "Fewest labelled images on each side of a slider to learn it. Default: ${DEFAULT-VALUE}.")
    private int minimum;

    @Override
    int run() {
        PrintStream out = out();
        AttributeLabels labels = AttributeLabels.read(data);
        DirectionFile.Contents contents;
        int latentSize;
        try (StudioEngine engine = engine(); ImageGenerator generator = engine.openGenerator(model)) {
            latentSize = generator.latentSize();
            AttributeLearning.Classifiers classifiers = AttributeLearning.classifiers(labels, AttributeSlider.STANDARD,
                    generator.channels(), minimum, seed);
            out.printf("%d labelled images in %s", classifiers.faces() - classifiers.unreadable(), data);
            if (classifiers.missing() > 0) {
                out.printf("; %d rows skipped (file missing)", classifiers.missing());
            }
            if (classifiers.unreadable() > 0) {
                out.printf("; %d images skipped (unreadable)", classifiers.unreadable());
            }
            out.println();
            for (AttributeLearning.Skipped s : classifiers.skipped()) {
                out.printf("Skipped %s (%d+ / %d-): %s%n", s.name(), s.positives(), s.negatives(), s.reason());
            }
            int[] tenth = {0};
            contents = AttributeLearning.directions(classifiers, generator::generate, latentSize, generator.channels(),
                    samples, EFFECT_SAMPLES, seed, data.toAbsolutePath().normalize().getFileName().toString(),
                    (done, total) -> {
                        if (done * 10L / total > tenth[0]) {
                            tenth[0] = (int) (done * 10L / total);
                            out.printf("%d/%d samples drawn%n", done, total);
                        }
                    });
        }
        print(contents, out);
        ModelFolderUpdate.putFile(model, DirectionFile.FILE_NAME, DirectionFile.bytes(contents, latentSize));
        out.println(contents.entries().size() + " directions written to " + model.resolve(DirectionFile.FILE_NAME)
                + " (manifest updated)");
        return 0;
    }

    /** A warning for a direction not to trust: its classifier is weak, or moving along it hardly changes the score. */
    static String note(DirectionFile.Entry e) {
        if (e.balancedAccuracy() < WEAK_ACCURACY) {
            return "weak classifier";
        }
        if (e.scorePlus() - e.scoreMinus() < CLEAR_EFFECT) {
            return "little effect";
        }
        return "";
    }

    private void print(DirectionFile.Contents contents, PrintStream out) {
        String spreads = String.format(Locale.ROOT, "%.0f", contents.effectSpreads());
        out.printf(Locale.ROOT, "%-14s %6s %6s  %9s  %9s %9s  %s%n", "slider", "+ imgs", "- imgs", "accuracy",
                "at -" + spreads + " sd", "at +" + spreads + " sd", "note");
        for (DirectionFile.Entry e : contents.entries()) {
            out.printf(Locale.ROOT, "%-14s %6d %6d  %9.3f  %9.3f %9.3f  %s%n", e.direction().name(), e.positives(),
                    e.negatives(), e.balancedAccuracy(), e.scoreMinus(), e.scorePlus(), note(e));
        }
        out.println("accuracy: the classifier's balanced accuracy on held-out labelled images; at -/+"
                + spreads + " sd: its mean score on " + Math.min(contents.samples(), EFFECT_SAMPLES)
                + " samples moved that far along the direction.");
    }
}
