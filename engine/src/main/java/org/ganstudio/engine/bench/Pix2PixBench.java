package org.ganstudio.engine.bench;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganstudio.engine.pix2pix.Pix2PixImageTranslator;
import org.ganstudio.engine.pix2pix.Pix2PixConfig;
import org.ganstudio.engine.pix2pix.Pix2PixFlops;
import org.ganstudio.engine.pix2pix.Pix2PixGenerator;
import org.ganstudio.engine.pix2pix.Pix2PixModel;
import org.ganstudio.engine.train.StepRandom;
import org.ganstudio.engine.train.TrainingBatch;

/**
 * The Pix2Pix rows of {@code ./studio bench} (Isola et al. 2017, paper widths ngf = ndf = 64, colour to colour):
 * generator inference for one image at 64, 128 and 256 px, and one training step (D then G) at 128 px with batches
 * of 1 and 4; then one training step of the shipped sketch model's recipe (64 px grey, ngf 16, ndf 32, batch 4).
 */
final class Pix2PixBench {

    private static final int[] INFERENCE_SIZES = {64, 128, 256};
    private static final int TRAINING_SIZE = 128;
    private static final int[] TRAINING_BATCHES = {1, 4};

    private final Device device;
    private final int repeats;

    Pix2PixBench(Device device, int repeats) {
        this.device = device;
        this.repeats = repeats;
    }

    /** The shipped sketch model, timed as the Sketch studio uses it when the bench runs from the project. */
    static final String SHIPPED_MODEL = "pix2pix-edges2shoes-64";

    /** Measures and appends the rows, with shares of {@code peak} GFLOP/s. */
    void addTo(List<BenchResult> results, double peak) {
        addShippedModel(results, peak);
        for (int size : INFERENCE_SIZES) {
            Pix2PixConfig config = Pix2PixConfig.paper().withImages(size, 3, 3);
            try (Pix2PixGenerator generator = Pix2PixGenerator.initialised(config, device, 1)) {
                float[] input = StepRandom.gaussian(StepRandom.forStep(1, size, 0), 3 * size * size);
                results.add(row("Pix2Pix " + size + "x" + size + " generator inference, batch 1",
                        Stopwatch.time(() -> generator.translate(input), 2, repeats), Pix2PixFlops.generator(config), peak));
            }
        }
        Pix2PixConfig paper = Pix2PixConfig.paper().withImages(TRAINING_SIZE, 3, 3);
        for (int batch : TRAINING_BATCHES) {
            results.add(trainingRow("Pix2Pix " + TRAINING_SIZE + "x" + TRAINING_SIZE + " training step (D then G), batch " + batch,
                    paper, batch, peak));
        }
        Pix2PixConfig sketch = Pix2PixConfig.paper().withImages(64, 1, 1).withFeatures(16, 32);
        results.add(trainingRow("Pix2Pix 64x64 grey, ngf 16, ndf 32 (the shipped sketch recipe) training step, batch 4",
                sketch, 4, peak));
    }

    /** One training step (D then G) on random pairs, as the loop runs it, timed over the bench's repeats. */
    private BenchResult trainingRow(String name, Pix2PixConfig config, int batch, double peak) {
        int size = config.imageSize();
        int channels = config.inputChannels() + config.outputChannels();
        try (Pix2PixModel model = new Pix2PixModel(config, device, 1); NDManager m = NDManager.newBaseManager(device)) {
            NDArray pairs = m.randomUniform(-1, 1, new Shape(batch, channels, size, size));
            long[] step = {0};
            return row(name, Stopwatch.time(() -> {
                try (NDManager stepManager = m.newSubManager()) {
                    NDArray real = pairs.duplicate();
                    real.attach(stepManager);
                    model.trainStep(new TrainingBatch(stepManager, real, step[0], Long.MAX_VALUE,
                            StepRandom.forStep(1, step[0]++, 0)));
                }
            }, 2, repeats), batch * Pix2PixFlops.trainingStep(config), peak);
        }
    }

    /**
     * The shipped model through {@link Pix2PixImageTranslator#translate}: a 256 px drawing in, fitted to the
     * model, translated and turned back into a picture, as each stroke in the Sketch studio does.
     */
    private void addShippedModel(List<BenchResult> results, double peak) {
        String home = System.getProperty("studio.home");
        Path model = Path.of(home == null ? "." : home, "models", SHIPPED_MODEL);
        if (!Files.isDirectory(model)) {
            return;
        }
        BufferedImage drawing = new BufferedImage(256, 256, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = drawing.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 256, 256);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawRoundRect(30, 100, 200, 90, 60, 60);
        g.dispose();
        try (Pix2PixImageTranslator translator = Pix2PixImageTranslator.open(model, device)) {
            Pix2PixConfig config = translator.config();
            results.add(row("Shipped " + SHIPPED_MODEL + ": a 256 px drawing to a picture (fit, translate, convert)",
                    Stopwatch.time(() -> translator.translate(drawing), 2, repeats), Pix2PixFlops.generator(config),
                    peak));
            BufferedImage canvas = sketchCanvas();
            results.add(row("Shipped " + SHIPPED_MODEL + ": the Sketch studio's 512 px page normalised to the model's style"
                    + " (prepareDrawing, no network)", Stopwatch.time(() -> translator.prepareDrawing(canvas), 2, repeats),
                    0, peak));
            results.add(row("Shipped " + SHIPPED_MODEL + ": a 512 px page to a picture (prepareDrawing, then translate)",
                    Stopwatch.time(() -> translator.translate(translator.prepareDrawing(canvas).image()), 2, repeats),
                    Pix2PixFlops.generator(config), peak));
        }
    }

    /** A shoe outline on the Sketch studio's 512 px page, drawn with its 4 px pen. */
    private static BufferedImage sketchCanvas() {
        BufferedImage page = new BufferedImage(512, 512, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 512, 512);
        g.setColor(Color.BLACK);
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawPolyline(new int[] {40, 50, 170, 230, 300, 460, 470, 440, 40, 40},
                new int[] {300, 210, 150, 130, 220, 280, 330, 360, 360, 300}, 10);
        g.drawLine(60, 330, 460, 330);
        g.dispose();
        return page;
    }

    private BenchResult row(String name, double[] times, double flop, double peak) {
        double gflop = flop / 1e9;
        double rate = gflop / (times[0] / 1000);
        return new BenchResult(name, times[0], times[1], gflop, rate, rate / peak, repeats);
    }
}
