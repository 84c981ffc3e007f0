package org.ganstudio.engine.pairs;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.ganstudio.engine.api.SkippedFile;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.ImageDecoder;

/**
 * Makes pairs from plain photos: each photo (the images directly in the folder) is fitted to the chosen side
 * (scale and centre crop), the input maker turns the fitted photo into the input (edges, greyscale...), and
 * input and photo are written side by side as {@code out/train/NAME.png} or {@code out/val/NAME.png}. A bad
 * photo is skipped with its reason; the build goes on. Photos whose pair an earlier run wrote are not redone.
 */
public final class PairBuilder {
    private final PairOptions options;
    private final UnaryOperator<BufferedImage> inputMaker;
    private final ImageDecoder decoder;

    /**
     * @param inputMaker makes the input from a fitted photo (TYPE_INT_RGB, side x side); must return an image of
     *     the same size and leave its argument alone; must be thread-safe when {@code options.threads() > 1}
     */
    public PairBuilder(PairOptions options, UnaryOperator<BufferedImage> inputMaker) {
        this(options, inputMaker, new ImageDecoder());
    }

    public PairBuilder(PairOptions options, UnaryOperator<BufferedImage> inputMaker, ImageDecoder decoder) {
        this.options = options;
        this.inputMaker = inputMaker;
        this.decoder = decoder;
    }

    /**
     * @param photos folder of photos (sub-folders are not searched)
     * @param out gets train/ and val/ sub-folders
     * @param progress told after each photo
     * @param cancelled polled between photos; when it turns true the build stops, keeping every complete file
     * @throws StudioException if the photo folder is missing or the output folder cannot be made
     */
    public PairSummary build(Path photos, Path out, PairProgress progress, BooleanSupplier cancelled) {
        PairFiles files = PairFiles.of(photos, photos);
        List<SkippedFile> skipped = new ArrayList<>(files.notImages());
        Map<String, Path> byStem = new LinkedHashMap<>();
        List<PairJob.Item> items = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path photo = files.images().get(i);
            String stem = PairFiles.stem(photo);
            Path first = byStem.putIfAbsent(stem, photo);
            if (first != null) {
                skipped.add(new SkippedFile(files.names().get(i),
                        "another photo has the same name (" + first.getFileName() + ")"));
            } else {
                items.add(new PairJob.Item(files.names().get(i), stem, () -> pair(photo)));
            }
        }
        return PairJob.run(out, options, items, skipped, progress, cancelled);
    }

    private BufferedImage pair(Path photo) {
        BufferedImage fitted = SquareFitter.fit(decoder.decode(photo), options.side());
        BufferedImage input;
        try {
            input = inputMaker.apply(copy(fitted));
        } catch (RuntimeException e) {
            throw new StudioException("the input could not be made from it (" + e.getMessage() + ")", e);
        }
        if (input == null) {
            throw new StudioException("the input maker returned no image");
        }
        if (input.getWidth() != options.side() || input.getHeight() != options.side()) {
            throw new StudioException("the input maker returned " + input.getWidth() + " x " + input.getHeight()
                    + ", not " + options.side() + " x " + options.side());
        }
        return SideBySide.join(input, fitted);
    }

    private static BufferedImage copy(BufferedImage image) {
        return new BufferedImage(image.getColorModel(), image.copyData(null), image.isAlphaPremultiplied(), null);
    }
}
