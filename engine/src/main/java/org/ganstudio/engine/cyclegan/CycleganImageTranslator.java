package org.ganstudio.engine.cyclegan;

import ai.djl.Device;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ganstudio.engine.api.ImageTranslator;
import org.ganstudio.engine.api.PreparedDrawing;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.ImageFitter;
import org.ganstudio.engine.image.ImageTensors;
import org.ganstudio.engine.train.ModelFolders;
import org.ganstudio.engine.train.SavedCheckpoint;

/**
 * A saved CycleGAN (Zhu et al. 2017) opened as a translator from domain A to domain B: only the A to B generator's
 * weights are read. Instance norm uses each image's own statistics, so an image always gives the same output.
 */
final class CycleganImageTranslator implements ImageTranslator {

    private final String modelId;
    private final CycleganGenerator generator;
    private final CycleganConfig config;

    private CycleganImageTranslator(String modelId, CycleganGenerator generator) {
        this.modelId = modelId;
        this.generator = generator;
        this.config = generator.config();
    }

    /** Loads the generator of {@code direction} from a verified CycleGAN checkpoint or model folder. */
    static CycleganImageTranslator open(SavedCheckpoint saved, Direction direction, Device device) {
        Path directory = saved.directory();
        CycleganConfig config = saved.modelConfig(new CycleganFamily());
        CycleganGenerator generator;
        try {
            generator = CycleganGenerator.load(config, direction, directory, device);
        } catch (IOException | RuntimeException e) {
            throw new StudioException("The generator weights at " + directory + " cannot be loaded: " + e.getMessage()
                    + ".", e);
        }
        if (generator.firstNonFiniteWeight().isPresent()) {
            generator.close();
            throw ModelFolders.notFinite(directory);
        }
        return new CycleganImageTranslator(ModelFolders.modelIdOf(directory), generator);
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
        return generator.direction().inputChannels(config);
    }

    @Override
    public int outputChannels() {
        return generator.direction().outputChannels(config);
    }

    /** Fits the input to the model's size (grey or colour as the model takes it) and translates it. */
    @Override
    public BufferedImage translate(BufferedImage input) {
        if (input == null || input.getWidth() < 1 || input.getHeight() < 1) {
            throw new StudioException("There is no image to translate.");
        }
        int size = config.imageSize();
        float[] values = ImageTensors.toChw(ImageFitter.fit(input, size), inputChannels());
        return ImageTensors.fromChw(generator.translate(values), outputChannels(), size, size);
    }

    /** A photo, not a drawing: fitted as {@link #translate} fits it (scaled and centre-cropped), never stretched. */
    @Override
    public PreparedDrawing prepareDrawing(BufferedImage picture) {
        return fitted(picture, config.imageSize());
    }

    static PreparedDrawing fitted(BufferedImage picture, int size) {
        if (picture == null || picture.getWidth() < 1 || picture.getHeight() < 1) {
            throw new StudioException("There is no image to translate.");
        }
        return new PreparedDrawing(ImageFitter.fit(picture, size), List.of("fitted to " + size + " px"));
    }

    /** A CycleGAN model ships no example inputs. */
    @Override
    public List<BufferedImage> exampleInputs() {
        return List.of();
    }

    @Override
    public void close() {
        generator.close();
    }
}
