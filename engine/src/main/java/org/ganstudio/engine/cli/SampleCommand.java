package org.ganstudio.engine.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code ./studio sample}: a grid of samples from a trained DCGAN, as one PNG file. */
@Command(name = "sample", sortOptions = false, description = "Write a grid of samples from a trained DCGAN.")
final class SampleCommand extends StudioCommand {
    static final int MAX_SAMPLES = 1024;

    @Option(names = "--model", required = true, paramLabel = "DIR",
            description = "A DCGAN checkpoint (RUN_DIR/checkpoints/step-NNNNNNNN) or an exported model folder.")
    private Path model;

    @Option(names = "--n", paramLabel = "N", defaultValue = "64", converter = SampleCount.class,
            description = "How many samples, 1 to " + MAX_SAMPLES + ". Default: ${DEFAULT-VALUE}.")
    private int count;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Random seed: the same seed draws the same grid. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The PNG file to write (replaced if it exists; missing folders are created).")
    private Path target;

    @Override
    int run() {
        if (Files.isDirectory(target)) {
            throw new StudioException(target + " is a folder; --out names the PNG FILE to write, such as "
                    + target.resolve("grid.png") + ".");
        }
        try (StudioEngine engine = engine(); ImageGenerator generator = engine.openGenerator(model)) {
            BufferedImage grid = generator.sampleGrid(count, seed);
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

    /** 1 to {@value #MAX_SAMPLES}. */
    static final class SampleCount implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Numbers.wholeNumber(value, 1, MAX_SAMPLES);
        }
    }
}
