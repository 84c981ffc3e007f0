package org.ganstudio.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.ImageTranslator;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.MultiScaleSampler;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TwoWayTranslator;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.dcgan.DcganFamily;
import org.ganstudio.engine.image.LoadProgress;
import org.ganstudio.engine.pairs.PairEvaluation;
import org.ganstudio.engine.pairs.PairedDataset;
import org.ganstudio.engine.pairs.PairedFolder;
import org.ganstudio.engine.train.SavedCheckpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./studio eval}: scores a Pix2Pix model on the held-out pairs (val/) of a paired dataset, each input
 * fitted to the model's size and channels as in training, and prints the mean L1, PSNR and SSIM of the outputs
 * against the targets. {@code --json FILE} also writes every pair's scores. A DCGAN model is scored against
 * its folder of training images instead, by {@link GeneratorEval}.
 */
@Command(name = "eval", sortOptions = false,
        description = {"Score a Pix2Pix model on the val/ pairs of a dataset: L1, PSNR, SSIM.",
            "Score a DCGAN against its training images: sliced Wasserstein distance and a memorisation check,"
                    + " each beside the same figure for two halves of the real images.",
            "Score a SinGAN against the picture it learnt: sliced Wasserstein distance of its random pictures' patches,"
                    + " beside references; with --original, its x2 super-resolution against a larger picture.",
            "Score a CycleGAN on a folder holding A/ and B/: each direction's sliced Wasserstein distance to the other"
                    + " domain, beside the untranslated pictures' and a floor, and the round trip's L1."})
final class EvalCommand extends StudioCommand {

    /** What {@code --json} writes. */
    record Written(String model, String data, int pairs, int skipped, ScoresJson mean, java.util.List<PairJson> perPair) {}

    record ScoresJson(double l1, double psnr, double ssim) {}

    record PairJson(String name, double l1, double psnr, double ssim) {}

    @Option(names = "--model", required = true, paramLabel = "DIR",
            description = "A Pix2Pix or DCGAN model folder or checkpoint.")
    private Path model;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Pix2Pix: a paired dataset, whose held-out pairs in val/ are scored."
                    + " DCGAN: the folder of images it was trained on. SinGAN: not needed (the model holds its picture).")
    private Path data;

    @Option(names = "--original", paramLabel = "FILE",
            description = "SinGAN: a picture of twice the training size to score the x2 super-resolution against.")
    private Path original;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "2048", converter = Numbers.Positive.class,
            description = "DCGAN: samples to score, and real images in each half; at most half the folder's images."
                    + " Default: ${DEFAULT-VALUE}.")
    private int samples;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "DCGAN: random seed of the samples, the real images picked and the distance."
                    + " Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the figures to this JSON file: every pair's scores for Pix2Pix"
                    + " (export --scores reads them).")
    private Path json;

    @Override
    int run() {
        SavedCheckpoint saved = SavedCheckpoint.peek(model);
        if (saved.config().family() != ModelFamily.SINGAN && data == null) {
            throw new CliException("--data is needed to score a " + saved.config().family().displayName() + " model.");
        }
        try (StudioEngine engine = engine()) {
            if (saved.config().family() == ModelFamily.SINGAN) {
                try (MultiScaleSampler sampler = engine.openMultiScaleSampler(model)) {
                    new MultiScaleEval(seed, out()).run(sampler, samples, original);
                }
                return 0;
            }
            if (saved.config().family() == ModelFamily.DCGAN) {
                int channels = saved.modelConfig(new DcganFamily()).channels();
                try (ImageGenerator generator = engine.openGenerator(model)) {
                    new GeneratorEval(model, data, seed).run(generator, channels, samples, json, out());
                }
                return 0;
            }
            if (saved.config().family() == ModelFamily.CYCLEGAN) {
                try (TwoWayTranslator translator = engine.openTwoWayTranslator(model)) {
                    new UnpairedEval(seed, out()).run(translator, data);
                }
                return 0;
            }
            return evaluate(engine, out());
        }
    }

    private int evaluate(StudioEngine engine, PrintStream out) {
        try (ImageTranslator translator = engine.openTranslator(model)) {
            PairedDataset pairs = new PairedFolder().loadValidation(data, translator.imageSize(),
                    translator.inputChannels(), translator.outputChannels(), LoadProgress.NONE, () -> false);
            int total = pairs.size();
            PairEvaluation.Report report = PairEvaluation.evaluate(translator::translate, pairs, done -> {
                if (done % 250 == 0 || done == total) {
                    out.printf("%d/%d scored%n", done, total);
                }
            });
            pairs.skipped().forEach(s -> out.println("Skipped " + s.name() + ": " + s.reason()));
            out.printf(Locale.ROOT, "%s on %d held-out pairs: L1 %.4f  PSNR %.2f dB  SSIM %.4f%n",
                    translator.modelId(), total, report.mean().l1(), report.mean().psnr(), report.mean().ssim());
            if (json != null) {
                write(json, translator.modelId(), data, report, pairs.skipped().size());
                out.println("Scores of every pair written to " + json);
            }
            return 0;
        }
    }

    private static void write(Path file, String model, Path data, PairEvaluation.Report report, int skipped) {
        var mean = report.mean();
        var perPair = report.pairs().stream()
                .map(p -> new PairJson(p.name(), p.scores().l1(), p.scores().psnr(), p.scores().ssim())).toList();
        try {
            Json.write(file, new Written(model, data.getFileName().toString(), perPair.size(), skipped,
                    new ScoresJson(mean.l1(), mean.psnr(), mean.ssim()), perPair));
        } catch (IOException e) {
            throw new StudioException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
