package org.ganstudio.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.IdxImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./studio import-idx}: writes chosen classes of an MNIST-style IDX data set as PNG files, so that it
 * can be trained on like any folder of images.
 */
@Command(name = "import-idx", sortOptions = false,
        description = "Write classes of an MNIST-style IDX data set as PNG files, to train on like any folder.")
final class ImportIdxCommand extends StudioCommand {

    @Option(names = "--images", required = true, paramLabel = "FILE",
            description = "The IDX images file (such as train-images-idx3-ubyte).")
    private Path images;

    @Option(names = "--labels", required = true, paramLabel = "FILE",
            description = "The IDX labels file that goes with it.")
    private Path labels;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the PNGs into.")
    private Path folder;

    @Option(names = "--classes", paramLabel = "LIST", split = ",", defaultValue = "0,1,2,3,4,5,6,7,8,9",
            description = "The labels to keep, such as 5,7,9. Default: all ten.")
    private Set<Integer> classes;

    @Option(names = "--per-class", paramLabel = "N", converter = Numbers.Positive.class,
            description = "At most N images of each class. Default: all.")
    private Integer perClassLimit;

    @Option(names = "--invert", description = "Black on white instead of white on black (as stored).")
    private boolean invert;

    @Override
    int run() {
        PrintStream out = out();
        IdxImages idx = IdxImages.read(images, labels);
        int perClass = perClassLimit == null ? Integer.MAX_VALUE : perClassLimit;
        Map<Integer, Integer> written = new HashMap<>();
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < idx.count(); i++) {
                int label = idx.label(i);
                if (!classes.contains(label) || written.getOrDefault(label, 0) >= perClass) {
                    continue;
                }
                int n = written.merge(label, 1, Integer::sum);
                ImageIO.write(idx.image(i, invert), "png", folder.resolve(String.format("class%d_%05d.png", label, n)).toFile());
            }
        } catch (IOException e) {
            throw new StudioException("Could not write into " + folder + ": " + e.getMessage(), e);
        }
        out.println("Wrote " + written.values().stream().mapToInt(Integer::intValue).sum() + " images to " + folder
                + " (per class: " + written + ")");
        return 0;
    }
}
