package org.ganstudio.engine.bench;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import java.util.ArrayList;
import java.util.List;
import org.ganstudio.engine.core.DeviceSelector;
import org.ganstudio.engine.dcgan.DcganConfig;
import org.ganstudio.engine.dcgan.DcganFlops;
import org.ganstudio.engine.dcgan.DcganGenerator;
import org.ganstudio.engine.dcgan.DcganModel;
import org.ganstudio.engine.image.ImageTensors;
import org.ganstudio.engine.nn.ConvTranspose2d;
import org.ganstudio.engine.train.StepRandom;
import org.ganstudio.engine.train.TrainingBatch;

/** The measurements of {@code ./studio bench}. */
public final class Benchmarks {

    /** Square matmul sides tried for the peak; the fastest median (in GFLOP/s) is the peak. */
    private static final int[] MATMUL_SIDES = {1024, 2048, 3072, 4096};
    private final int repeats;
    private final Device device;

    /** The groups of rows after the matmul peak, which is always measured (every row is a share of it). */
    public enum Part {
        CONVOLUTIONS, DCGAN, PIX2PIX, SINGAN
    }

    public Benchmarks(Device device, int repeats) {
        this.device = device;
        this.repeats = Math.max(3, repeats);
    }

    public BenchReport run() {
        return run(java.util.EnumSet.allOf(Part.class));
    }

    /** The matmul peak, then the rows of {@code parts}. */
    public BenchReport run(java.util.Set<Part> parts) {
        List<BenchResult> results = new ArrayList<>();
        double peak;
        String peakName;
        try (NDManager m = NDManager.newBaseManager(device)) {
            List<double[]> times = new ArrayList<>();
            int best = 0;
            for (int i = 0; i < MATMUL_SIDES.length; i++) {
                times.add(matmul(m, MATMUL_SIDES[i]));
                if (rate(MATMUL_SIDES[i], times.get(i)) > rate(MATMUL_SIDES[best], times.get(best))) {
                    best = i;
                }
            }
            peak = rate(MATMUL_SIDES[best], times.get(best));
            peakName = matmulName(MATMUL_SIDES[best]);
            for (int i = 0; i < MATMUL_SIDES.length; i++) {
                int side = MATMUL_SIDES[i];
                results.add(result(matmulName(side) + (i == best ? " (the peak)" : ""), times.get(i), matmulGflop(side), peak));
            }
            if (parts.contains(Part.CONVOLUTIONS)) {
                upConvolutions(m, results, peak);
            }
        }
        if (parts.contains(Part.DCGAN)) {
            dcgan(results, peak);
        }
        if (parts.contains(Part.PIX2PIX)) {
            new Pix2PixBench(device, repeats).addTo(results, peak);
        }
        if (parts.contains(Part.SINGAN)) {
            new SinganBench(device, repeats).addTo(results, peak);
        }
        return new BenchReport(device.toString(), DeviceSelector.describe(device).threads(), DeviceSelector.processorName(),
                peak, peakName, List.copyOf(results));
    }

    private static String matmulName(int side) {
        return "matmul " + side + "x" + side + " float32";
    }

    private static double matmulGflop(int side) {
        return 2.0 * Math.pow(side, 3) / 1e9;
    }

    private static double rate(int side, double[] times) {
        return matmulGflop(side) / (times[0] / 1000);
    }

    private BenchResult result(String name, double[] times, double gflop, double peak) {
        double rate = gflop / (times[0] / 1000);
        return new BenchResult(name, times[0], times[1], gflop, rate, rate / peak, repeats);
    }

    private double[] matmul(NDManager m, int side) {
        try (NDManager scope = m.newSubManager()) {
            NDArray a = scope.randomUniform(-1, 1, new Shape(side, side));
            NDArray b = scope.randomUniform(-1, 1, new Shape(side, side));
            return Stopwatch.time(() -> a.matMul(b).close(), 2, repeats);
        }
    }

    /** The 4-phase transposed convolution against a plain convolution of about the same work. */
    private void upConvolutions(NDManager m, List<BenchResult> results, double peak) {
        NDArray x = m.randomUniform(-1, 1, new Shape(64, 128, 16, 16));
        NDArray upWeight = m.randomUniform(-1, 1, new Shape(128, 64, 4, 4));
        double upGflop = 2.0 * 64 * 128 * 64 * 16 * 16 * 16 / 1e9;
        results.add(result("transposed conv k4 s2 p1, 64x128x16x16 -> 64x64x32x32",
                Stopwatch.time(() -> {
                    try (NDScope scope = new NDScope()) {
                        ConvTranspose2d.apply(x, upWeight, null, 2, 1);
                    }
                }, 2, repeats), upGflop, peak));
        NDArray convWeight = m.randomUniform(-1, 1, new Shape(64, 128, 4, 4));
        double convGflop = 2.0 * 64 * 128 * 64 * 16 * 17 * 17 / 1e9; // output 17x17 with padding 2
        results.add(result("conv2d k4 s1 p2, 64x128x16x16 -> 64x64x17x17 (same work)",
                Stopwatch.time(() -> Conv2d.conv2d(x, convWeight, null, new Shape(1, 1), new Shape(2, 2), new Shape(1, 1), 1)
                        .singletonOrThrow().close(), 2, repeats), convGflop, peak));
    }

    private void dcgan(List<BenchResult> results, double peak) {
        DcganConfig paper = DcganConfig.paper();
        try (DcganModel model = new DcganModel(paper, device, 1); NDManager m = NDManager.newBaseManager(device)) {
            for (int batch : new int[] {1, 64}) {
                float[] z = StepRandom.gaussian(StepRandom.forStep(1, batch, 0), batch * paper.latentSize());
                results.add(result("DCGAN 64x64 generator inference, batch " + batch,
                        Stopwatch.time(() -> model.generate(z), 3, repeats), batch * DcganFlops.generator(paper) / 1e9, peak));
            }
            float[] one = StepRandom.gaussian(StepRandom.forStep(1, 1, 0), paper.latentSize());
            try (DcganGenerator generator = DcganGenerator.initialised(paper, device, 1)) {
                results.add(result("DCGAN generator 64 px, batch 1, generator-only path (latent to BufferedImage)",
                        Stopwatch.time(() -> ImageTensors.fromChw(generator.generate(one), paper.channels(),
                                paper.imageSize(), paper.imageSize()), 3, repeats),
                        DcganFlops.generator(paper) / 1e9, peak));
            }
            NDArray real = m.randomUniform(-1, 1, new Shape(64, 3, 64, 64));
            long[] step = {0};
            results.add(result("DCGAN 64x64 training step (D then G), batch 64", Stopwatch.time(() -> {
                try (NDManager stepManager = m.newSubManager()) {
                    NDArray batch = real.duplicate();
                    batch.attach(stepManager);
                    model.trainStep(new TrainingBatch(stepManager, batch, step[0], Long.MAX_VALUE, StepRandom.forStep(1, step[0]++, 0)));
                }
            }, 2, repeats), 64 * DcganFlops.trainingStep(paper) / 1e9, peak));
        }
    }
}
