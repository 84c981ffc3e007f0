package org.ganstudio.engine.singan;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.image.ImageDecoder;
import org.ganstudio.engine.image.ImageTensors;
import org.ganstudio.engine.train.DataSpec;
import org.ganstudio.engine.train.GanModel;
import org.ganstudio.engine.train.TrainingBatch;
import org.ganstudio.engine.train.TrainingData;
import org.ganstudio.engine.train.TrainingPhase;

/**
 * SinGAN in the one training loop: each scale of the pyramid is a phase, entered through {@link #enterPhase}; a step
 * is one SinGAN iteration of the scale in training ({@link SinganTraining#step}). The picture comes from the run's
 * data; it is saved in every checkpoint ({@value #PICTURE}), so a resumed run trains on exactly the same pixels and
 * an exported model can show what it learnt.
 */
final class SinganModel implements GanModel {

    /** The training picture as the pyramid was made from it, in each checkpoint and model folder. */
    static final String PICTURE = "training.png";

    private final SinganConfig config;
    private final long seed;
    private final NDManager manager;
    private SinganTraining training;
    private long iterationInScale;

    SinganModel(SinganConfig config, Device device, long seed) {
        this.config = config;
        this.seed = seed;
        this.manager = NDManager.newBaseManager(device);
    }

    /** "Scale 3 of 8: 94x70". */
    static String phaseName(Scale scale, int count) {
        return "Scale " + (scale.index() + 1) + " of " + count + ": " + scale.width() + "x" + scale.height();
    }

    @Override
    public ModelFamily family() {
        return ModelFamily.SINGAN;
    }

    @Override
    public Record config() {
        return config;
    }

    /** The longest side of the picture at the finest scale. */
    @Override
    public int imageSize() {
        return config.maxSize();
    }

    @Override
    public int channels() {
        return config.channels();
    }

    @Override
    public DataSpec dataSpec() {
        return DataSpec.singleImage(ModelFamily.SINGAN, config.maxSize(), config.channels());
    }

    /** Plans the pyramid from the run's picture; a run resumed from a checkpoint keeps the checkpoint's picture. */
    @Override
    public void useTrainingData(TrainingData data) {
        if (training != null) {
            return;
        }
        float[] values = new float[data.channels() * data.height() * data.width()];
        data.copyBatch(new int[] {0}, values);
        training = new SinganTraining(ImageTensors.fromChw(values, data.channels(), data.height(), data.width()), config,
                seed, manager);
    }

    @Override
    public List<TrainingPhase> phases(long runSteps) {
        ScalePyramid pyramid = training().pyramid();
        List<TrainingPhase> phases = new ArrayList<>();
        for (Scale s : pyramid.scales()) {
            phases.add(new TrainingPhase(phaseName(s, pyramid.size()), config.iterationsPerScale(),
                    config.flopsPerIteration(pyramid, s.index())));
        }
        return phases;
    }

    @Override
    public void enterPhase(int index, long stepsDone) {
        training().beginScale(index);
        iterationInScale = stepsDone;
    }

    @Override
    public Map<String, Double> trainStep(TrainingBatch batch) {
        Map<String, Double> losses = training().step(batch.manager(), iterationInScale, batch.random());
        iterationInScale++;
        return losses;
    }

    /** A sample of the newest scale from a fixed seed beside its reconstruction of the picture. */
    @Override
    public BufferedImage preview() {
        return training().preview();
    }

    @Override
    public List<Block> networks() {
        return training == null ? List.of() : training.networks();
    }

    /**
     * Writes the pyramid as it stands; once the last scale has had all its iterations it is frozen first, so the
     * final checkpoint is a complete model.
     */
    @Override
    public void save(Path directory) throws IOException {
        SinganTraining t = training();
        if (t.currentScale() == t.pyramid().size() - 1 && iterationInScale >= config.iterationsPerScale()) {
            t.finish();
        }
        t.save(directory);
        BufferedImage picture = t.picture();
        if (!ImageIO.write(picture, "png", directory.resolve(PICTURE).toFile())) {
            throw new IOException("no PNG writer for the training picture");
        }
    }

    /** Restores a checkpoint, picture included: the pyramid is rebuilt from the saved picture, not the data's. */
    @Override
    public void load(Path directory) throws IOException {
        Path file = directory.resolve(PICTURE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("the checkpoint has no " + PICTURE);
        }
        BufferedImage picture = new ImageDecoder().decode(file, config.channels());
        SinganTraining loaded = new SinganTraining(picture, config, seed, manager);
        try {
            loaded.load(directory);
        } catch (IOException | RuntimeException e) {
            loaded.close();
            throw e;
        }
        if (training != null) {
            training.close();
        }
        training = loaded;
    }

    private SinganTraining training() {
        if (training == null) {
            throw new IllegalStateException("the SinGAN has no picture yet: the run offers it before the first phase");
        }
        return training;
    }

    @Override
    public void close() {
        if (training != null) {
            training.close();
        }
        manager.close();
    }
}
