package org.ganstudio.engine.singan;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.MultiScaleSampler;
import org.ganstudio.engine.api.PyramidScale;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.ImageDecoder;
import org.ganstudio.engine.image.ImageFitter;
import org.ganstudio.engine.train.ModelFolders;
import org.ganstudio.engine.train.SavedCheckpoint;

/** A trained SinGAN as the api's {@link MultiScaleSampler}: the generators ({@link SinganSampler}) and the picture. */
final class PyramidSampler implements MultiScaleSampler {

    private final String modelId;
    private final SinganSampler sampler;
    private final BufferedImage picture;
    private final NDManager manager;
    private final List<PyramidScale> scales;

    private PyramidSampler(String modelId, SinganSampler sampler, BufferedImage picture, NDManager manager) {
        this.modelId = modelId;
        this.sampler = sampler;
        this.picture = picture;
        this.manager = manager;
        this.scales = sampler.scaleList().stream().map(s -> new PyramidScale(s.index(), s.width(), s.height())).toList();
    }

    /** Opens a verified SinGAN checkpoint or model folder: its finished scales and its picture. */
    static PyramidSampler open(SavedCheckpoint saved, Device device) {
        Path directory = saved.directory();
        if (saved.config().family() != ModelFamily.SINGAN) {
            throw ModelFolders.otherFamily(directory, saved, "a SinGAN model");
        }
        NDManager manager = NDManager.newBaseManager(device);
        try {
            SinganSampler sampler = SinganSampler.load(directory, manager);
            if (!sampler.allFinite()) {
                throw ModelFolders.notFinite(directory);
            }
            BufferedImage picture = new ImageDecoder().decode(directory.resolve(SinganModel.PICTURE), sampler.config().channels());
            return new PyramidSampler(ModelFolders.modelIdOf(directory), sampler, picture, manager);
        } catch (IOException | RuntimeException e) {
            manager.close();
            if (e instanceof StudioException studio) {
                throw studio;
            }
            throw new StudioException("The SinGAN at " + directory + " cannot be loaded: " + e.getMessage() + ".", e);
        }
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public List<PyramidScale> scales() {
        return scales;
    }

    @Override
    public BufferedImage trainingImage() {
        return picture;
    }

    @Override
    public BufferedImage sample(int width, int height, int startScale, long seed) {
        if (width < 8 || height < 8 || width > 4096 || height > 4096) {
            throw new StudioException("Choose a size between 8 and 4096 pixels a side, not " + width + "x" + height + ".");
        }
        checkScale(startScale, 0);
        return sampler.sample(startScale, width, height, seed);
    }

    @Override
    public BufferedImage inject(BufferedImage injected, BufferedImage mask, int scale, long seed) {
        if (injected == null) {
            throw new StudioException("There is no picture to inject.");
        }
        checkScale(scale, 1);
        int w = picture.getWidth();
        int h = picture.getHeight();
        BufferedImage sized = injected.getWidth() == w && injected.getHeight() == h ? injected
                : ImageFitter.resize(injected, w, h);
        BufferedImage generated = sampler.inject(sized, scale, seed);
        return mask == null ? generated : MaskBlend.blend(sized, generated, mask);
    }

    @Override
    public BufferedImage superResolve(int factor, long seed) {
        if (factor != 2 && factor != 4) {
            throw new StudioException("Super-resolution enlarges by 2 or 4, not " + factor + ".");
        }
        return sampler.superResolve(picture, factor, seed);
    }

    @Override
    public List<BufferedImage> animate(int frames, int scale, double step, long seed, BooleanSupplier cancelled) {
        if (frames < 2 || frames > 500) {
            throw new StudioException("An animation needs between 2 and 500 frames, not " + frames + ".");
        }
        if (!(step >= 0 && step <= 1)) {
            throw new StudioException("The walk's step lies between 0 and 1, not " + step + ".");
        }
        checkScale(scale, 0);
        return sampler.animate(frames, scale, step, seed, done -> { }, cancelled);
    }

    private void checkScale(int scale, int lowest) {
        if (scale < lowest || scale >= scales.size()) {
            throw new StudioException("This model has scales " + lowest + " to " + (scales.size() - 1) + ", not " + scale + ".");
        }
    }

    @Override
    public void close() {
        sampler.close();
        manager.close();
    }
}
