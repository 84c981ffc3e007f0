package org.ganstudio.engine.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ganstudio.engine.api.ImageFiles;
import org.ganstudio.engine.api.ImageTranslator;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TranslationDirection;
import org.ganstudio.engine.api.TwoWayTranslator;
import org.ganstudio.engine.image.ImageDecoder;
import org.ganstudio.engine.image.ImageFitter;
import org.ganstudio.engine.pairs.SideBySide;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./studio translate}: runs a Pix2Pix model over one image or a folder of images, each drawing first
 * normalised to the model's input style ({@code --raw} skips that). A file that cannot be read, or an empty
 * drawing, is reported and skipped; the others are written as PNGs named after their inputs.
 */
@Command(name = "translate", sortOptions = false,
        description = "Run a Pix2Pix or CycleGAN (A to B) model over an image or a folder of images (unreadable files are skipped).")
final class TranslateCommand extends StudioCommand {

    @Option(names = "--model", required = true, paramLabel = "DIR",
            description = "A Pix2Pix or CycleGAN model folder or checkpoint.")
    private Path model;

    @Option(names = "--in", required = true, paramLabel = "FILE_OR_FOLDER",
            description = "One image, or a folder whose images (not those of its sub-folders) are translated.")
    private Path input;

    @Option(names = "--out", required = true, paramLabel = "FOLDER",
            description = "Where the outputs go, as PNGs named after their inputs (created if missing).")
    private Path folder;

    @Option(names = "--raw", description = "Fit inputs as they are (for inputs that already are training-style edge maps);"
            + " by default each drawing is normalised to the model's input style.")
    private boolean raw;

    @Option(names = "--backwards", description = "CycleGAN: translate from B to A instead of from A to B.")
    private boolean backwards;

    @Option(names = "--show-input", description = "Write what the model saw beside each output (input | output).")
    private boolean showInput;

    @Override
    int run() {
        try (StudioEngine engine = engine()) {
            return translate(engine, out());
        }
    }

    private int translate(StudioEngine engine, PrintStream out) {
        List<Path> files = inputs(input);
        ImageDecoder decoder = new ImageDecoder();
        List<String> failed = new ArrayList<>();
        int written = 0;
        try (ImageTranslator translator = backwards ? backwards(engine.openTwoWayTranslator(model))
                : engine.openTranslator(model)) {
            Files.createDirectories(folder);
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                try {
                    BufferedImage image = decoder.decode(file);
                    BufferedImage seen = raw ? image : translator.prepareDrawing(image).image();
                    BufferedImage result = translator.translate(seen);
                    PngFile.write(showInput ? SideBySide.join(ImageFitter.fit(seen, result.getWidth()), result) : result,
                            folder.resolve(baseName(file) + ".png"));
                    written++;
                } catch (StudioException | IOException e) {
                    failed.add(file.getFileName() + ": " + e.getMessage());
                }
                if ((i + 1) % 50 == 0 || i + 1 == files.size()) {
                    out.printf("%d/%d translated%n", i + 1, files.size());
                }
            }
        } catch (IOException e) {
            throw new StudioException("Could not write into " + folder + ": " + e.getMessage(), e);
        }
        failed.forEach(line -> out.println("Skipped " + line));
        out.println("Wrote " + written + " image" + (written == 1 ? "" : "s") + " to " + folder
                + (failed.isEmpty() ? "" : "; " + failed.size() + " skipped"));
        return written == 0 && !failed.isEmpty() ? 1 : 0;
    }

    /** A two-way translator seen as one that goes from B to A (inputs fitted as B's, outputs A's). */
    private static ImageTranslator backwards(TwoWayTranslator twoWay) {
        return new ImageTranslator() {
            @Override
            public BufferedImage translate(BufferedImage input) {
                return twoWay.translate(input, TranslationDirection.B_TO_A);
            }

            @Override
            public int imageSize() {
                return twoWay.imageSize();
            }

            @Override
            public int inputChannels() {
                return twoWay.domainB().channels();
            }

            @Override
            public int outputChannels() {
                return twoWay.domainA().channels();
            }

            @Override
            public String modelId() {
                return twoWay.modelId();
            }

            @Override
            public org.ganstudio.engine.api.PreparedDrawing prepareDrawing(BufferedImage picture) {
                return twoWay.prepareDrawing(picture);
            }

            @Override
            public List<BufferedImage> exampleInputs() {
                return List.of();
            }

            @Override
            public void close() {
                twoWay.close();
            }
        };
    }

    /** The file itself, or the image files of a folder (not its sub-folders) in name order. */
    static List<Path> inputs(Path input) {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input)) {
            throw new StudioException("There is no file or folder at " + input + ".");
        }
        try (Stream<Path> entries = Files.list(input)) {
            List<Path> images = entries.filter(Files::isRegularFile).filter(f -> ImageFiles.isImageName(f.getFileName().toString())).sorted()
                    .toList();
            if (images.isEmpty()) {
                throw new StudioException("The folder " + input + " holds no " + formats() + " files.");
            }
            return images;
        } catch (IOException e) {
            throw new StudioException("Could not list " + input + ": " + e.getMessage(), e);
        }
    }

    /** The image formats the studio reads, as "BMP, GIF, JPEG, JPG or PNG". */
    static String formats() {
        List<String> names = ImageFiles.EXTENSIONS.stream().map(e -> e.toUpperCase(Locale.ROOT)).sorted().toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
