package org.ganstudio.engine.pix2pix;

import ai.djl.Device;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ganstudio.engine.api.DrawingStyle;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.PreparedDrawing;
import org.ganstudio.engine.checkpoint.ModelCard;
import org.ganstudio.engine.drawing.DrawingNormaliser;
import org.ganstudio.engine.train.ModelExport;
import java.util.Locale;
import org.ganstudio.engine.api.ImageTranslator;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.image.ImageDecoder;
import org.ganstudio.engine.image.ImageFitter;
import org.ganstudio.engine.image.ImageRejectedException;
import org.ganstudio.engine.image.ImageTensors;
import org.ganstudio.engine.train.ModelFolders;
import org.ganstudio.engine.train.SavedCheckpoint;

/**
 * A saved Pix2Pix model (Isola et al. 2017) opened for translation: only the generator's weights are read,
 * and it runs in eval mode (no dropout, BatchNorm with running statistics), so an input always gives the
 * same output.
 */
public final class Pix2PixImageTranslator implements ImageTranslator {

    /** Sub-folder of a model folder with held-out example inputs (PNG files). */
    public static final String EXAMPLES = ModelExport.EXAMPLES;
    /** At most this many examples are read. */
    static final int MAX_EXAMPLES = 32;

    private final String modelId;
    private final Path directory;
    private final Pix2PixGenerator generator;
    private final Pix2PixConfig config;
    private final DrawingStyle style;

    private Pix2PixImageTranslator(Path directory, Pix2PixGenerator generator, DrawingStyle style) {
        this.style = style;
        Path name = directory.toAbsolutePath().normalize().getFileName();
        this.modelId = name == null ? directory.toString() : name.toString();
        this.directory = directory;
        this.generator = generator;
        this.config = generator.config();
    }

    /**
     * Verifies a Pix2Pix folder (a checkpoint or an exported model) against its manifest and loads its generator; a
     * folder of another family is refused. The engine opens models through {@link Pix2PixFamily#open}.
     */
    public static Pix2PixImageTranslator open(Path directory, Device device) {
        SavedCheckpoint saved = SavedCheckpoint.open(directory, new Pix2PixFamily().inferenceFiles(directory));
        if (saved.config().family() != org.ganstudio.engine.api.ModelFamily.PIX2PIX) {
            throw ModelFolders.otherFamily(directory, saved, "a Pix2Pix model");
        }
        return open(saved, device);
    }

    /** Loads the generator of a verified Pix2Pix checkpoint, with its card's input style. */
    static Pix2PixImageTranslator open(SavedCheckpoint saved, Device device) {
        Path directory = saved.directory();
        Pix2PixConfig config = saved.modelConfig(new Pix2PixFamily());
        DrawingStyle style = inputStyle(directory);
        Pix2PixGenerator generator;
        try {
            generator = Pix2PixGenerator.load(config, directory, device);
        } catch (IOException | RuntimeException e) {
            throw new StudioException("The generator weights at " + directory + " cannot be loaded: " + e.getMessage() + ".", e);
        }
        if (generator.firstNonFiniteWeight().isPresent()) {
            generator.close();
            throw ModelFolders.notFinite(directory);
        }
        return new Pix2PixImageTranslator(directory, generator, style);
    }

    /** The card's input style; {@link DrawingStyle#thinEdges()} when the card has none or cannot be read. */
    private static DrawingStyle inputStyle(Path directory) {
        Path card = directory.resolve(ModelFolders.CARD);
        if (!Files.isRegularFile(card)) {
            return DrawingStyle.thinEdges();
        }
        try {
            DrawingStyle style = Json.read(card, ModelCard.class).inputStyle();
            return style == null ? DrawingStyle.thinEdges() : style;
        } catch (IOException | RuntimeException e) {
            throw new StudioException("The model card at " + card + " cannot be read: " + e.getMessage() + ".", e);
        }
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public int imageSize() {
        return config.imageSize();
    }

    @Override
    public int inputChannels() {
        return config.inputChannels();
    }

    @Override
    public int outputChannels() {
        return config.outputChannels();
    }

    /** Fits the input to the model's size (grey or colour as the model takes it) and translates it. */
    @Override
    public BufferedImage translate(BufferedImage input) {
        if (input == null || input.getWidth() < 1 || input.getHeight() < 1) {
            throw new StudioException("There is no image to translate.");
        }
        int size = config.imageSize();
        float[] values = ImageTensors.toChw(ImageFitter.fit(input, size), config.inputChannels());
        return ImageTensors.fromChw(generator.translate(values), config.outputChannels(), size, size);
    }

    /** The input style its card declares ({@code inputStyle}), or thin edge maps. */
    @Override
    public DrawingStyle inputStyle() {
        return style;
    }

    /**
     * The drawing normalised to {@link #inputStyle()} ({@link DrawingNormaliser}); a photo is turned into edges
     * with {@link #trainingEdges()} (Canny's defaults when the model does not say).
     */
    @Override
    public PreparedDrawing prepareDrawing(BufferedImage drawing) {
        EdgeSettings edges = trainingEdges().orElse(EdgeSettings.canny());
        return new DrawingNormaliser(style, config.imageSize(), config.inputChannels(), edges).prepare(drawing);
    }

    /** The model's {@value ModelExport#EDGES}, when it has a readable one. */
    @Override
    public Optional<EdgeSettings> trainingEdges() {
        Path file = directory.resolve(ModelExport.EDGES);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.read(file, EdgeSettings.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the model still translates; photos get the default extractor
        }
    }

    /** The architecture of the opened model. */
    public Pix2PixConfig config() {
        return config;
    }

    /** The PNG files of the model's {@value #EXAMPLES} folder in name order; unreadable files are left out. */
    @Override
    public List<BufferedImage> exampleInputs() {
        Path folder = directory.resolve(EXAMPLES);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".png") && !name.startsWith(".") && Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        files.sort(null);
        ImageDecoder decoder = new ImageDecoder();
        List<BufferedImage> examples = new ArrayList<>();
        for (Path file : files.subList(0, Math.min(files.size(), MAX_EXAMPLES))) {
            try {
                examples.add(decoder.decode(file, config.inputChannels()));
            } catch (ImageRejectedException e) {
                // a damaged example is simply not offered
            }
        }
        return List.copyOf(examples);
    }

    @Override
    public void close() {
        generator.close();
    }
}
