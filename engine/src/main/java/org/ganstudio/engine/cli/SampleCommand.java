package org.ganstudio.engine.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.MultiScaleSampler;
import org.ganstudio.engine.image.ImageGrid;
import org.ganstudio.engine.train.SavedCheckpoint;
import java.util.ArrayList;
import java.util.List;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code ./studio sample}: a grid of samples from a trained DCGAN or SinGAN, as one PNG file. */
@Command(name = "sample", sortOptions = false, description = {"Write a grid of samples from a trained DCGAN or SinGAN.",
    "A SinGAN draws random pictures of any size (--width, --height) from a start scale (--start-scale)."})
final class SampleCommand extends StudioCommand {
    static final int MAX_SAMPLES = 1024;

    @Option(names = "--model", required = true, paramLabel = "DIR",
            description = "A DCGAN or SinGAN checkpoint (RUN_DIR/checkpoints/step-NNNNNNNN) or an exported model folder.")
    private Path model;

    @Option(names = "--n", paramLabel = "N", defaultValue = "64", converter = SampleCount.class,
            description = "How many samples, 1 to " + MAX_SAMPLES + ". Default: ${DEFAULT-VALUE}.")
    private int count;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Random seed: the same seed draws the same grid. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "0",
            description = "SinGAN: width of each picture; 0 for the trained width. Default: ${DEFAULT-VALUE}.")
    private int width;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "0",
            description = "SinGAN: height of each picture; 0 for the trained height. Default: ${DEFAULT-VALUE}.")
    private int height;

    @Option(names = "--start-scale", paramLabel = "K", defaultValue = "0",
            description = "SinGAN: the scale the noise starts at; higher keeps more of the picture's layout."
                    + " Default: ${DEFAULT-VALUE}.")
    private int startScale;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The PNG file to write (replaced if it exists; missing folders are created).")
    private Path target;

    @Override
    int run() {
        if (Files.isDirectory(target)) {
            throw new StudioException(target + " is a folder; --out names the PNG FILE to write, such as "
                    + target.resolve("grid.png") + ".");
        }
        try (StudioEngine engine = engine()) {
            BufferedImage grid = grid(engine);
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            PngFile.write(grid, target);
            out().println("Wrote " + target + " (" + grid.getWidth() + "x" + grid.getHeight() + ")");
            return 0;
        } catch (IOException e) {
            throw new StudioException("Could not write " + target + ": " + e.getMessage(), e);
        }
    }

    private BufferedImage grid(StudioEngine engine) {
        if (SavedCheckpoint.peek(model).config().family() == ModelFamily.SINGAN) {
            try (MultiScaleSampler sampler = engine.openMultiScaleSampler(model)) {
                BufferedImage picture = sampler.trainingImage();
                int w = width > 0 ? width : picture.getWidth();
                int h = height > 0 ? height : picture.getHeight();
                List<BufferedImage> pictures = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    pictures.add(sampler.sample(w, h, startScale, seed + i));
                }
                return ImageGrid.grid(pictures);
            }
        }
        try (ImageGenerator generator = engine.openGenerator(model)) {
            return generator.sampleGrid(count, seed);
        }
    }

    /** 1 to {@value #MAX_SAMPLES}. */
    static final class SampleCount implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Numbers.wholeNumber(value, 1, MAX_SAMPLES);
        }
    }
}
