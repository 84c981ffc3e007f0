package org.ganstudio.engine.dcgan;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.ganstudio.engine.api.FeatureMaps;
import org.ganstudio.engine.api.FeatureMask;
import org.ganstudio.engine.api.GeneratorLayer;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.LatentDirection;
import org.ganstudio.engine.api.Projection;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.ImageFitter;
import org.ganstudio.engine.image.ImageGrid;
import org.ganstudio.engine.image.ImageTensors;
import org.ganstudio.engine.latent.DirectionFile;
import org.ganstudio.engine.latent.FeatureTiles;
import org.ganstudio.engine.latent.MapRanking;
import org.ganstudio.engine.latent.PrincipalDirections;
import org.ganstudio.engine.latent.Projector;
import org.ganstudio.engine.train.ModelFolders;
import org.ganstudio.engine.train.SavedCheckpoint;
import org.ganstudio.engine.train.StepRandom;

/**
 * A saved DCGAN opened for sampling and the latent lab: only the generator is built and only its weights are read
 * ({@link DcganGenerator}); no discriminator, no optimiser.
 */
public final class DcganImageGenerator implements ImageGenerator {

    /** Random starts of a projection, searched together. */
    static final int PROJECTION_STARTS = 4;
    /** Adam's step size on z in a projection. */
    static final double PROJECTION_RATE = 0.08;
    /** Weight of mean(z^2) in the projection loss, which keeps z where the generator was trained. */
    static final double PROJECTION_PRIOR = 1e-3;

    private final String modelId;
    private final DcganGenerator generator;
    private final DcganConfig config;
    private final List<GeneratorLayer> layers;
    private final List<LatentDirection> saved;
    private final Path trainingFolder;

    /** Over a generator already built (tests build one from a seed). */
    DcganImageGenerator(String modelId, DcganGenerator generator) {
        this(modelId, generator, List.of(), null);
    }

    private DcganImageGenerator(String modelId, DcganGenerator generator, List<LatentDirection> saved,
            Path trainingFolder) {
        this.modelId = modelId;
        this.trainingFolder = trainingFolder;
        this.saved = List.copyOf(saved);
        this.generator = generator;
        this.config = generator.config();
        List<GeneratorLayer> list = new ArrayList<>();
        List<DcganGenerator.Hidden> hidden = generator.hiddenLayers();
        for (int i = 0; i < hidden.size(); i++) {
            DcganGenerator.Hidden h = hidden.get(i);
            list.add(new GeneratorLayer(i, h.size() + "x" + h.size() + ", " + h.maps() + " maps", h.maps(), h.size()));
        }
        this.layers = List.copyOf(list);
    }

    /**
     * Opens the generator of a DCGAN folder (a checkpoint or an exported model) after checking it against its
     * manifest; a folder of another family is refused. The engine opens models through {@link DcganFamily#open}.
     */
    public static DcganImageGenerator open(Path directory, Device device) {
        SavedCheckpoint saved = SavedCheckpoint.open(directory, new DcganFamily().inferenceFiles(directory));
        if (saved.config().family() != org.ganstudio.engine.api.ModelFamily.DCGAN) {
            throw ModelFolders.otherFamily(directory, saved, "a DCGAN");
        }
        return open(saved, device);
    }

    /**
     * Opens the model's generator, and its {@link DirectionFile} when it has one. The manifest check of
     * {@link SavedCheckpoint#open} covers that file like the weights; a file that is damaged in content or was
     * written for another latent size makes the model refused, as a bad config.json would.
     */
    static DcganImageGenerator open(SavedCheckpoint saved, Device device) {
        Path directory = saved.directory();
        DcganConfig config = saved.modelConfig(new DcganFamily());
        Path directionFile = directory.resolve(DirectionFile.FILE_NAME);
        List<LatentDirection> directions = Files.isRegularFile(directionFile)
                ? DirectionFile.read(directionFile, config.latentSize()).directions() : List.of();
        DcganGenerator generator;
        try {
            generator = DcganGenerator.load(config, directory, device);
        } catch (IOException | RuntimeException e) {
            throw new StudioException("The generator weights at " + directory + " cannot be loaded: " + e.getMessage() + ".", e);
        }
        if (generator.firstNonFiniteWeight().isPresent()) {
            generator.close();
            throw ModelFolders.notFinite(directory);
        }
        return new DcganImageGenerator(ModelFolders.modelIdOf(directory), generator, directions,
                ModelFolders.trainingFolder(saved.config().dataset()));
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public Optional<Path> trainingFolder() {
        return Optional.ofNullable(trainingFolder);
    }

    @Override
    public int latentSize() {
        return config.latentSize();
    }

    @Override
    public int imageSize() {
        return config.imageSize();
    }

    @Override
    public int channels() {
        return config.channels();
    }

    @Override
    public float[] randomLatent(long seed) {
        return StepRandom.gaussian(new SplittableRandom(seed), config.latentSize());
    }

    @Override
    public BufferedImage[] generate(float[][] latents) {
        if (latents.length == 0) {
            return new BufferedImage[0];
        }
        return images(generator.generate(joined(Arrays.asList(latents))), latents.length);
    }

    @Override
    public BufferedImage generate(float[] latent, FeatureMask mask) {
        return images(generator.generate(joined(List.of(latent)), checked(mask)), 1)[0];
    }

    @Override
    public BufferedImage sampleGrid(int n, long seed) {
        if (n < 1 || n > 1024) {
            throw new StudioException("Ask for between 1 and 1024 samples, not " + n + ".");
        }
        SplittableRandom random = new SplittableRandom(seed);
        float[][] latents = new float[n][];
        for (int i = 0; i < n; i++) {
            latents[i] = StepRandom.gaussian(random, config.latentSize());
        }
        return ImageGrid.grid(new ArrayList<>(Arrays.asList(generate(latents))));
    }

    @Override
    public List<GeneratorLayer> layers() {
        return layers;
    }

    /** Tiles and means of the layer's maps; the mask applies to the layers before it, so a map switched off in this
     * layer still shows what it would draw. A constant map is a black tile. */
    @Override
    public FeatureMaps featureMaps(float[] latent, int layer, FeatureMask mask) {
        GeneratorLayer chosen = layer(layer);
        float[] values = generator.activations(joined(List.of(latent)), layer, checked(mask));
        int plane = chosen.size() * chosen.size();
        List<BufferedImage> tiles = new ArrayList<>(chosen.maps());
        float[] means = new float[chosen.maps()];
        for (int c = 0; c < chosen.maps(); c++) {
            tiles.add(FeatureTiles.tile(values, c * plane, chosen.size()));
            means[c] = FeatureTiles.mean(values, c * plane, chosen.size());
        }
        return new FeatureMaps(chosen, tiles, means);
    }

    @Override
    public List<LatentDirection> principalDirections(int count, int samples, long seed) {
        int most = Math.min(config.latentSize(), samples - 1);
        if (samples < 2 || samples > 10_000) {
            throw new StudioException("Use between 2 and 10000 samples to find directions, not " + samples + ".");
        }
        if (count < 1 || count > most) {
            throw new StudioException("Ask for between 1 and " + most + " directions with " + samples
                    + " samples, not " + count + ".");
        }
        float[] latents = StepRandom.gaussian(new SplittableRandom(seed), samples * config.latentSize());
        float[] activations = generator.activations(latents, 0, FeatureMask.NONE);
        PrincipalDirections.Result found;
        try (NDManager manager = NDManager.newBaseManager()) {
            found = PrincipalDirections.compute(activations, latents, samples, count, seed, manager);
        }
        List<LatentDirection> directions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            directions.add(new LatentDirection("PC " + (i + 1), LatentDirection.Kind.PRINCIPAL,
                    found.directions().get(i), found.spreads()[i]));
        }
        return List.copyOf(directions);
    }

    @Override
    public List<LatentDirection> savedDirections() {
        return saved;
    }

    @Override
    public List<Integer> mapsTiedTo(List<float[]> with, List<float[]> without, int layer, int count) {
        GeneratorLayer chosen = layer(layer);
        if (with.isEmpty() || without.isEmpty()) {
            throw new StudioException("Mark at least one sample \"with\" and one \"without\" to find the maps tied to "
                    + "them.");
        }
        return MapRanking.rank(mapMeans(with, chosen), mapMeans(without, chosen), count);
    }

    private double[][] mapMeans(List<float[]> latents, GeneratorLayer layer) {
        float[] values = generator.activations(joined(latents), layer.index(), FeatureMask.NONE);
        int plane = layer.size() * layer.size();
        double[][] means = new double[latents.size()][layer.maps()];
        for (int i = 0; i < latents.size(); i++) {
            for (int c = 0; c < layer.maps(); c++) {
                means[i][c] = FeatureTiles.mean(values, (i * layer.maps() + c) * plane, layer.size());
            }
        }
        return means;
    }

    @Override
    public Projection project(BufferedImage target, int steps, long seed, Projection.Listener listener,
            BooleanSupplier cancelled) {
        if (target == null || target.getWidth() < 1 || target.getHeight() < 1) {
            throw new StudioException("There is no image to project.");
        }
        if (steps < 0 || steps > 100_000) {
            throw new StudioException("Ask for between 0 and 100000 projection steps, not " + steps + ".");
        }
        float[] goal = ImageTensors.toChw(ImageFitter.fit(target, config.imageSize()), config.channels());
        float[] starts = StepRandom.gaussian(new SplittableRandom(seed), PROJECTION_STARTS * config.latentSize());
        Projector.Result found = new Projector(PROJECTION_RATE).run(
                (z, distances) -> generator.l1Gradient(z, goal, PROJECTION_PRIOR, distances),
                starts, config.latentSize(), steps,
                (done, total, best) -> listener.step(done, total, best / 2), cancelled);
        BufferedImage image = generate(new float[][] {found.latent()})[0];
        return new Projection(found.latent(), image, found.distance() / 2, found.steps());
    }

    private GeneratorLayer layer(int index) {
        if (index < 0 || index >= layers.size()) {
            throw new StudioException("This generator has hidden layers 0 to " + (layers.size() - 1) + ", not " + index + ".");
        }
        return layers.get(index);
    }

    private FeatureMask checked(FeatureMask mask) {
        if (mask == null) {
            return FeatureMask.NONE;
        }
        mask.switchedOff().forEach((layer, maps) -> {
            GeneratorLayer l = layer(layer);
            for (int map : maps) {
                if (map < 0 || map >= l.maps()) {
                    throw new StudioException("Layer " + l.name() + " has maps 0 to " + (l.maps() - 1) + ", not " + map + ".");
                }
            }
        });
        return mask;
    }

    private float[] joined(List<float[]> latents) {
        int size = config.latentSize();
        float[] joined = new float[latents.size() * size];
        for (int i = 0; i < latents.size(); i++) {
            if (latents.get(i).length != size) {
                throw new StudioException("A latent vector has " + latents.get(i).length + " values; this model needs "
                        + size + ".");
            }
            System.arraycopy(latents.get(i), 0, joined, i * size, size);
        }
        return joined;
    }

    private BufferedImage[] images(float[] pixels, int n) {
        int per = config.channels() * config.imageSize() * config.imageSize();
        BufferedImage[] images = new BufferedImage[n];
        for (int i = 0; i < n; i++) {
            images[i] = ImageTensors.fromChw(Arrays.copyOfRange(pixels, i * per, (i + 1) * per), config.channels(),
                    config.imageSize(), config.imageSize());
        }
        return images;
    }

    @Override
    public void close() {
        generator.close();
    }
}
