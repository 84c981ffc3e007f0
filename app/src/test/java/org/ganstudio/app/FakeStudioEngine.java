package org.ganstudio.app;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.CheckpointInfo;
import org.ganstudio.engine.api.ConfigField;
import org.ganstudio.engine.api.DatasetScan;
import org.ganstudio.engine.api.DeviceInfo;
import org.ganstudio.engine.api.DevicePreference;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.ImageTranslator;
import org.ganstudio.engine.api.PreparedDrawing;
import org.ganstudio.engine.api.InstalledModel;
import org.ganstudio.engine.api.LossSample;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.NumericsReport;
import org.ganstudio.engine.api.PairBuildListener;
import org.ganstudio.engine.api.PairBuildRequest;
import org.ganstudio.engine.api.PairBuildSummary;
import org.ganstudio.engine.api.PairInputKind;
import org.ganstudio.engine.api.SkippedFile;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingHandle;
import org.ganstudio.engine.api.TrainingListener;
import org.ganstudio.engine.api.TrainingRequest;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;

/**
 * A stand-in engine for view tests: runs of fake steps on a thread, honouring pause, resume and cancel;
 * installed Pix2Pix models that open as {@link FakeTranslator}s (nested below); a simple edge finder; pair builds
 * whose every photo waits for a permit from {@link #pairSteps}, so a test decides how far a build gets.
 */
public final class FakeStudioEngine implements StudioEngine {

    public final List<CheckpointInfo> checkpoints = new CopyOnWriteArrayList<>();
    public volatile TrainingRequest lastRequest;
    /** Every translator opened, in order. */
    public final List<FakeTranslator> openedTranslators = new CopyOnWriteArrayList<>();
    public volatile EdgeSettings lastEdgeSettings;
    /** Each photo of a fake pair build takes one permit; release many to let builds run free. */
    public final Semaphore pairSteps = new Semaphore(0);
    /** Photos in every fake pair build. */
    public volatile int pairPhotos = 10;
    /** Files every completed fake pair build reports as skipped. */
    public volatile List<SkippedFile> pairSkipped = List.of();
    /** Photos the fake pair builds have reported so far, over all builds. */
    public final AtomicInteger pairProgressCalls = new AtomicInteger();
    public volatile PairBuildRequest lastPairRequest;
    /** Settings of every edge preview made through {@link #pairInput}, in order. */
    public final List<EdgeSettings> previewSettings = new CopyOnWriteArrayList<>();
    /**
     * Runs that reach this step (in steps done) diverge there, like an engine whose losses went NaN: NaN losses, a
     * black grid, and step-(N-3) as the last good checkpoint, added to {@link #checkpoints}. -1 for never.
     */
    public volatile long divergeAtStep = -1;
    /** How long {@link #numerics()} takes, like the first start of a real engine (natives, self-check). */
    public volatile long numericsMillis;
    /** When set, every dataset scan waits for one of its permits first. */
    public volatile Semaphore scanGate;
    /** When true, a run makes its folder on disk and writes a file into it, as the real engine does. */
    public volatile boolean createRunFolders;
    /** When set, starting a run throws it, as the engine does for a folder it will not train into. */
    public volatile RuntimeException startFailure;
    private final List<InstalledModel> pix2pixModels = new CopyOnWriteArrayList<>();
    private final Map<Path, Supplier<FakeTranslator>> translators = new ConcurrentHashMap<>();
    private final List<InstalledModel> dcganModels = new CopyOnWriteArrayList<>();
    private final Map<Path, Supplier<ImageGenerator>> generators = new ConcurrentHashMap<>();
    /** Every generator opened, in order. */
    public final List<ImageGenerator> openedGenerators = new CopyOnWriteArrayList<>();
    private final long millisPerStep;

    public FakeStudioEngine(long millisPerStep) {
        this.millisPerStep = millisPerStep;
    }

    @Override
    public DeviceInfo device() {
        return new DeviceInfo("cpu()", false, 2, 0);
    }

    /** What {@link #numerics()} answers; a test may replace it before the window is built. */
    public volatile NumericsReport numerics = new NumericsReport("library convolutions, filters padded to 16", true,
            false, "Numbers checked: 8 convolution shapes correct", List.of(), 5);

    @Override
    public NumericsReport numerics() {
        pause(numericsMillis);
        return numerics;
    }

    @Override
    public void selectDevice(DevicePreference preference) {
    }

    /** The SinGAN models: install them here; they open as {@link FakeMultiScaleSampler}s or what a test supplies. */
    public final FakeMultiScaleSampler.Shelf singan = new FakeMultiScaleSampler.Shelf();

    /** The CycleGAN models: install them here; they open as {@link FakeTwoWayTranslator}s or what a test supplies. */
    public final FakeTwoWayTranslator.Shelf cyclegan = new FakeTwoWayTranslator.Shelf();

    @Override
    public org.ganstudio.engine.api.TwoWayTranslator openTwoWayTranslator(Path modelDirectory) {
        return cyclegan.open(modelDirectory);
    }

    @Override
    public org.ganstudio.engine.api.MultiScaleSampler openMultiScaleSampler(Path modelDirectory) {
        return singan.open(modelDirectory);
    }

    @Override
    public org.ganstudio.engine.api.TrainingPlan planTraining(TrainingRequest request) {
        return new org.ganstudio.engine.api.TrainingPlan(java.util.List.of(new org.ganstudio.engine.api.TrainingPlan.Phase(
                "Training", 100, 0, 0)), java.time.Duration.ZERO, "");
    }

    @Override
    public java.util.Set<ModelFamily> availableFamilies() {
        return java.util.Set.of(ModelFamily.DCGAN, ModelFamily.PIX2PIX);
    }

    @Override
    public org.ganstudio.engine.api.DataKind dataKind(ModelFamily family) {
        return family == ModelFamily.PIX2PIX ? org.ganstudio.engine.api.DataKind.PAIRS : org.ganstudio.engine.api.DataKind.IMAGES;
    }

    @Override
    public List<ConfigField> configFields(ModelFamily family) {
        return List.of(ConfigField.choice("imageSize", "Image size", "64", List.of("64", "32", "28"), "side"),
                ConfigField.integer("steps", "Training steps", 400, 1, 100_000, "steps"),
                ConfigField.decimal("learningRate", "Learning rate", 2e-4, 1e-6, 0.1, "lr"));
    }

    @Override
    public DatasetScan scanDataset(Path folder) {
        Semaphore gate = scanGate;
        if (gate != null) {
            gate.acquireUninterruptibly();
        }
        if (folder.toString().contains("missing")) {
            throw new StudioException("There is no folder at " + folder + ".");
        }
        List<BufferedImage> preview = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            preview.add(tile(new Color(60 * i, 120, 200)));
        }
        return new DatasetScan(folder, 5, List.of(new SkippedFile("notes.txt", "not an image file"),
                new SkippedFile("half.png", "the file is cut short (truncated) or damaged")), preview);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static BufferedImage tile(Color colour) {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 16, 16);
        g.dispose();
        return image;
    }

    @Override
    public TrainingHandle startTraining(TrainingRequest request, TrainingListener listener) {
        lastRequest = request;
        if (startFailure != null) {
            throw startFailure;
        }
        if (createRunFolders) {
            try {
                java.nio.file.Files.createDirectories(request.runDirectory());
                java.nio.file.Files.writeString(request.runDirectory().resolve("config.json"), "{}");
            } catch (java.io.IOException e) {
                throw new StudioException("Cannot write " + request.runDirectory() + ": " + e.getMessage());
            }
        }
        long total = Long.parseLong(request.settings().getOrDefault("steps", "400"));
        return new FakeJob(request.runDirectory(), 0, total, listener);
    }

    @Override
    public TrainingHandle resumeTraining(Path checkpointDirectory, TrainingListener listener) {
        CheckpointInfo from = checkpoints.stream().filter(c -> c.directory().equals(checkpointDirectory)).findFirst()
                .orElseThrow(() -> new StudioException("No checkpoint at " + checkpointDirectory));
        return new FakeJob(checkpointDirectory.getParent().getParent(), from.step(), from.totalSteps(), listener);
    }

    @Override
    public List<CheckpointInfo> listCheckpoints(Path directory) {
        return List.copyOf(checkpoints);
    }

    /** Installs a DCGAN: listed by {@link #installedModels}, each open makes a fresh generator. */
    public InstalledModel installGenerator(String id, String title, Supplier<ImageGenerator> opens) {
        InstalledModel model = new InstalledModel(id, ModelFamily.DCGAN, Path.of("/models", id), title, title + ", fake");
        dcganModels.add(model);
        generators.put(model.directory(), opens);
        return model;
    }

    /** A DCGAN folder that is not installed but opens (through "Open model…"). */
    public void addGeneratorFolder(Path folder, Supplier<ImageGenerator> opens) {
        generators.put(folder, opens);
    }

    @Override
    public ImageGenerator openGenerator(Path modelDirectory) {
        Supplier<ImageGenerator> opens = generators.get(modelDirectory);
        if (opens == null) {
            throw new StudioException("There is no DCGAN model in " + modelDirectory + ".");
        }
        ImageGenerator opened = opens.get();
        openedGenerators.add(opened);
        return opened;
    }

    /** What the damaged-file message of {@link #readBookmarks} starts with. */
    public static final String DAMAGED_BOOKMARKS = "is not a bookmark file or is damaged";

    /**
     * A simple stand-in for the engine's JSON: a first line "ganstudio-bookmarks", then one line per bookmark,
     * "name TAB modelId TAB v1,v2,...". Anything else is a {@link StudioException} with a message for a person.
     */
    @Override
    public List<org.ganstudio.engine.api.LatentBookmark> readBookmarks(Path file) {
        List<String> lines;
        try {
            lines = java.nio.file.Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new StudioException("Cannot read " + file.getFileName() + ": " + e.getMessage());
        }
        if (lines.isEmpty() || !lines.get(0).equals("ganstudio-bookmarks")) {
            throw new StudioException(file.getFileName() + " " + DAMAGED_BOOKMARKS + ".");
        }
        List<org.ganstudio.engine.api.LatentBookmark> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split("\t");
            try {
                String[] values = parts[2].split(",");
                float[] latent = new float[values.length];
                for (int i = 0; i < values.length; i++) {
                    latent[i] = Float.parseFloat(values[i]);
                }
                out.add(new org.ganstudio.engine.api.LatentBookmark(parts[0], parts[1], latent));
            } catch (RuntimeException e) {
                throw new StudioException(file.getFileName() + " " + DAMAGED_BOOKMARKS + ".");
            }
        }
        return out;
    }

    @Override
    public void writeBookmarks(Path file, List<org.ganstudio.engine.api.LatentBookmark> bookmarks) {
        StringBuilder text = new StringBuilder("ganstudio-bookmarks\n");
        for (org.ganstudio.engine.api.LatentBookmark b : bookmarks) {
            StringBuilder values = new StringBuilder();
            for (float v : b.latent()) {
                values.append(values.length() == 0 ? "" : ",").append(v);
            }
            text.append(b.name()).append('\t').append(b.modelId()).append('\t').append(values).append('\n');
        }
        try {
            java.nio.file.Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new StudioException("Cannot write " + file.getFileName() + ": " + e.getMessage());
        }
    }

    /** Folders {@link #nearestImages} was asked about, one entry a call. */
    public final List<Path> nearestFolders = new CopyOnWriteArrayList<>();

    /**
     * The PNG, JPEG, BMP and GIF files of the folder (top level, by name) read with ImageIO and scaled to the
     * query's size (no crop), ranked by mean absolute RGB difference; files ImageIO cannot read are skipped.
     */
    @Override
    public List<org.ganstudio.engine.api.NearestImage> nearestImages(BufferedImage query, Path folder, int count) {
        nearestFolders.add(folder);
        if (!java.nio.file.Files.isDirectory(folder)) {
            throw new StudioException("The folder " + folder + " does not exist.");
        }
        List<org.ganstudio.engine.api.NearestImage> found = new ArrayList<>();
        try (var files = java.nio.file.Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                BufferedImage read = null;
                try {
                    read = ImageIO.read(file.toFile());
                } catch (java.io.IOException e) {
                    // skipped, as the engine skips a damaged file
                }
                if (read == null) {
                    continue;
                }
                BufferedImage fitted = new BufferedImage(query.getWidth(), query.getHeight(), BufferedImage.TYPE_INT_RGB);
                var g = fitted.createGraphics();
                g.drawImage(read, 0, 0, query.getWidth(), query.getHeight(), null);
                g.dispose();
                found.add(new org.ganstudio.engine.api.NearestImage(file, fitted, FakeGenerator.distance(query, fitted)));
            }
        } catch (java.io.IOException e) {
            throw new StudioException("The folder " + folder + " cannot be read.");
        }
        if (found.isEmpty()) {
            throw new StudioException("The folder " + folder + " has no usable images.");
        }
        found.sort(java.util.Comparator.comparingDouble(org.ganstudio.engine.api.NearestImage::distance));
        return List.copyOf(found.subList(0, Math.min(count, found.size())));
    }

    @Override
    public void close() {
    }

    private final class FakeJob implements TrainingHandle {
        private final Path run;
        private final CompletableFuture<TrainingSnapshot> done = new CompletableFuture<>();
        private volatile boolean paused;
        private volatile boolean cancelled;
        private volatile TrainingState state = TrainingState.PREPARING;

        FakeJob(Path run, long from, long total, TrainingListener listener) {
            this.run = run;
            Thread thread = new Thread(() -> loop(from, total, listener), "fake-training");
            thread.setDaemon(true);
            thread.start();
        }

        private void loop(long from, long total, TrainingListener listener) {
            BufferedImage grid = null;
            long step = from;
            try {
                while (step < total) {
                    if (cancelled) {
                        finish(listener, TrainingState.CANCELLED, step, total, grid, "Cancelled; saved checkpoint");
                        return;
                    }
                    if (paused) {
                        emit(listener, TrainingState.PAUSED, step, total, grid, "Paused at step " + step);
                        while (paused && !cancelled) {
                            Thread.sleep(5);
                        }
                        continue;
                    }
                    Thread.sleep(millisPerStep);
                    step++;
                    if (step % 5 == 0) {
                        grid = tile(new Color((int) (step * 7 % 255), 80, 160));
                    }
                    if (step == divergeAtStep) {
                        diverge(listener, step, total);
                        return;
                    }
                    emit(listener, TrainingState.RUNNING, step, total, grid, "");
                }
                finish(listener, TrainingState.COMPLETED, step, total, grid, "Finished");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void finish(TrainingListener listener, TrainingState end, long step, long total, BufferedImage grid,
                String message) {
            checkpoints.add(0, new CheckpointInfo(run.resolve("checkpoints").resolve("step-" + step), ModelFamily.DCGAN,
                    step, total, Instant.now(), Map.of("D", 1.0),
                    List.of(new LossSample(step / 2, Map.of("D", 0.9, "G", 1.9)), new LossSample(step, Map.of("D", 1.0, "G", 2.0)))));
            done.complete(emit(listener, end, step, total, grid, message));
        }

        private void diverge(TrainingListener listener, long step, long total) {
            long good = Math.max(0, step - 3);
            Path lastGood = run.resolve("checkpoints").resolve("step-" + good);
            checkpoints.add(0, new CheckpointInfo(lastGood, ModelFamily.DCGAN, good, total, Instant.now(), Map.of("D", 1.0),
                    List.of(new LossSample(good, Map.of("D", 0.9, "G", 1.9)))));
            Map<String, Double> losses = new LinkedHashMap<>();
            losses.put("D", Double.NaN);
            losses.put("G", Double.POSITIVE_INFINITY);
            state = TrainingState.DIVERGED;
            TrainingSnapshot s = new TrainingSnapshot(TrainingState.DIVERGED, step, total, step / 10, losses, 100,
                    Duration.ZERO, tile(Color.BLACK), "Training diverged at step " + step + ": loss D became NaN. step-"
                            + good + " is the last good checkpoint; nothing after it was saved.", lastGood);
            listener.onSnapshot(s);
            done.complete(s);
        }

        private TrainingSnapshot emit(TrainingListener listener, TrainingState now, long step, long total,
                BufferedImage grid, String message) {
            state = now;
            Map<String, Double> losses = new LinkedHashMap<>();
            losses.put("D", 1.0 / (1 + 0.1 * step));
            losses.put("G", 2.0 / (1 + 0.05 * step));
            TrainingSnapshot s = new TrainingSnapshot(now, step, total, step / 10, losses, 100, Duration.ofSeconds(total - step),
                    grid, message);
            listener.onSnapshot(s);
            return s;
        }

        @Override
        public void pause() {
            paused = true;
        }

        @Override
        public void resume() {
            paused = false;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public TrainingState state() {
            return state;
        }

        @Override
        public Path runDirectory() {
            return run;
        }

        @Override
        public CompletableFuture<TrainingSnapshot> completion() {
            return done;
        }
    }

    /** Installs a Pix2Pix model: listed by {@link #installedModels}, each open makes a fresh translator. */
    public InstalledModel installTranslator(String id, String title, Supplier<FakeTranslator> opens) {
        InstalledModel model = new InstalledModel(id, ModelFamily.PIX2PIX, Path.of("/models", id), title, title + ", fake");
        pix2pixModels.add(model);
        translators.put(model.directory(), opens);
        return model;
    }

    /** A model folder that is not installed but opens (through "Open model folder…"). */
    public void addModelFolder(Path folder, Supplier<FakeTranslator> opens) {
        translators.put(folder, opens);
    }

    @Override
    public List<InstalledModel> installedModels(ModelFamily family) {
        return family == ModelFamily.PIX2PIX ? List.copyOf(pix2pixModels)
                : family == ModelFamily.DCGAN
                        ? dcganModels.stream().sorted(java.util.Comparator.comparing(InstalledModel::id)).toList()
                        : family == ModelFamily.SINGAN ? singan.installed()
                                : family == ModelFamily.CYCLEGAN ? cyclegan.installed() : List.of();
    }

    @Override
    public ImageTranslator openTranslator(Path modelDirectory) {
        Supplier<FakeTranslator> opens = translators.get(modelDirectory);
        if (opens == null) {
            throw new StudioException("No translators in the fake engine.");
        }
        FakeTranslator opened = opens.get();
        openedTranslators.add(opened);
        return opened;
    }

    /** Black where the brightness steps by more than 60 to the right or below, white elsewhere. */
    @Override
    public BufferedImage extractEdges(BufferedImage image, EdgeSettings settings) {
        lastEdgeSettings = settings;
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage edges = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int here = grey(image.getRGB(x, y));
                int right = x + 1 < w ? grey(image.getRGB(x + 1, y)) : here;
                int below = y + 1 < h ? grey(image.getRGB(x, y + 1)) : here;
                boolean edge = Math.abs(here - right) > 60 || Math.abs(here - below) > 60;
                edges.setRGB(x, y, edge ? 0x000000 : 0xffffff);
            }
        }
        return edges;
    }

    /**
     * A build of {@link #pairPhotos} photos named photo1.png, photo2.png...: each waits for a permit of
     * {@link #pairSteps} (giving up when cancelled); a quarter of the pairs go to val. A photo folder whose
     * name contains "missing" fails as the engine does.
     */
    @Override
    public PairBuildSummary buildPairs(PairBuildRequest request, PairBuildListener listener, BooleanSupplier cancelled) {
        lastPairRequest = request;
        if (request.photos().toString().contains("missing")) {
            throw new StudioException("The folder " + request.photos() + " does not exist.");
        }
        int total = pairPhotos;
        int done = 0;
        try {
            while (done < total && !cancelled.getAsBoolean()) {
                if (pairSteps.tryAcquire(5, TimeUnit.MILLISECONDS)) {
                    done++;
                    pairProgressCalls.incrementAndGet();
                    listener.onProgress(done, total, "photo" + done + ".png");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean stopped = done < total;
        return new PairBuildSummary(request.out(), done, 0, done - done / 4, done / 4,
                stopped ? List.of() : pairSkipped, stopped);
    }

    /** Reads the file and scales it to side x side (no crop). */
    @Override
    public BufferedImage fitPhoto(Path photo, int side) {
        BufferedImage image;
        try {
            image = ImageIO.read(photo.toFile());
        } catch (java.io.IOException e) {
            throw new StudioException(photo.getFileName() + ": " + e.getMessage());
        }
        if (image == null) {
            throw new StudioException(photo.getFileName() + " is not an image");
        }
        BufferedImage fitted = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        var g = fitted.createGraphics();
        g.drawImage(image, 0, 0, side, side, null);
        g.dispose();
        return fitted;
    }

    /** Edges by {@link #extractEdges}, recorded in {@link #previewSettings}; grey as the mean of the channels. */
    @Override
    public BufferedImage pairInput(BufferedImage fittedPhoto, PairInputKind input, EdgeSettings edges) {
        if (input == PairInputKind.EDGES) {
            previewSettings.add(edges);
            return extractEdges(fittedPhoto, edges);
        }
        BufferedImage grey = new BufferedImage(fittedPhoto.getWidth(), fittedPhoto.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                int level = grey(fittedPhoto.getRGB(x, y));
                grey.setRGB(x, y, level << 16 | level << 8 | level);
            }
        }
        return grey;
    }

    private static int grey(int rgb) {
        return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
    }

    /**
     * A stand-in Pix2Pix model: paints ink in its own colour on a dark ground (so a test can tell which model made
     * an output), after a configurable delay. Deterministic; can be told to fail.
     */
    public static class FakeTranslator implements ImageTranslator {

        /** The ground of every output: the paper of the sketch, inverted to near black. */
        public static final int GROUND = 0xff202020;

        private final String id;
        private final int size;
        private final Color ink;
        private final long delayMillis;
        private final List<BufferedImage> examples;
        private final String failure;
        public final AtomicInteger calls = new AtomicInteger();
        public volatile boolean closed;
        /** The last drawing {@link #prepareDrawing} got, and the last image {@link #translate} got. */
        public volatile BufferedImage lastDrawing;
        public volatile BufferedImage lastInput;

        /** Says why an empty drawing is refused, as the engine's normaliser does. */
        public static final String EMPTY = "The drawing is empty: nothing to translate.";

        public FakeTranslator(String id, int size, Color ink, long delayMillis, List<BufferedImage> examples, String failure) {
            this.id = id;
            this.size = size;
            this.ink = ink;
            this.delayMillis = delayMillis;
            this.examples = List.copyOf(examples);
            this.failure = failure;
        }

        public FakeTranslator(String id, int size, Color ink, long delayMillis) {
            this(id, size, ink, delayMillis, List.of(), null);
        }

        /** What this model makes of a sketch pixel (ARGB). */
        public int outputFor(int sketchArgb) {
            int grey = sketchArgb & 0xff;
            return grey < 128 ? 0xff000000 | ink.getRGB() : GROUND;
        }

        @Override
        public String modelId() {
            return id;
        }

        @Override
        public int imageSize() {
            return size;
        }

        @Override
        public int inputChannels() {
            return 1;
        }

        @Override
        public int outputChannels() {
            return 3;
        }

        /**
         * Shrinks the drawing to the model's size keeping each block's darkest pixel (so thin strokes survive), and
         * refuses a drawing with no dark pixel.
         */
        @Override
        public PreparedDrawing prepareDrawing(BufferedImage drawing) {
            lastDrawing = drawing;
            BufferedImage prepared = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
            boolean any = false;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int darkest = 255;
                    for (int sy = y * drawing.getHeight() / size; sy < (y + 1) * drawing.getHeight() / size; sy++) {
                        for (int sx = x * drawing.getWidth() / size; sx < (x + 1) * drawing.getWidth() / size; sx++) {
                            darkest = Math.min(darkest, drawing.getRGB(sx, sy) & 0xff);
                        }
                    }
                    int grey = darkest < 128 ? 0 : 255;
                    any |= grey == 0;
                    prepared.setRGB(x, y, 0xff000000 | grey * 0x010101);
                }
            }
            if (!any) {
                throw new StudioException(EMPTY);
            }
            return new PreparedDrawing(prepared, List.of("darkest pixel of each block", "shrunk to " + size + " px"));
        }

        @Override
        public BufferedImage translate(BufferedImage input) {
            if (closed) {
                throw new IllegalStateException(id + " was used after it was closed");
            }
            lastInput = input;
            calls.incrementAndGet();
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw new StudioException(failure);
            }
            BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int sx = x * input.getWidth() / size;
                    int sy = y * input.getHeight() / size;
                    out.setRGB(x, y, outputFor(input.getRGB(sx, sy)));
                }
            }
            return out;
        }

        @Override
        public List<BufferedImage> exampleInputs() {
            return examples;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
