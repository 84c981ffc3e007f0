package org.ganstudio.engine.singan;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganstudio.engine.checkpoint.Json;

/**
 * The files of a saved SinGAN and what each use needs. An inference model is {@value #PYRAMID},
 * {@value #Z_OPT} and one {@code scale-NN.generator.params} per finished scale; resuming also needs the scale
 * in training: its generator, critic and both Adam states ({@code scale-NN.critic.params},
 * {@code scale-NN.generator.adam}, {@code scale-NN.critic.adam}).
 */
public final class SinganFiles {

    /** The config, the seed, the scales, and the noise amplitude of every finished scale and the current one. */
    public static final String PYRAMID = "pyramid.json";
    /** The fixed reconstruction noise of scale 0 (one plane, shared by the channels). */
    public static final String Z_OPT = "z-opt.floats";

    static final int FORMAT = 1;
    private static final int Z_OPT_MAGIC = 0x5A4F5031; // "ZOP1"

    private SinganFiles() {}

    /**
     * What {@value #PYRAMID} holds.
     *
     * @param format {@value #FORMAT}
     * @param config the config the pyramid was trained with
     * @param seed the seed of initialisation and z_opt
     * @param pyramid every planned scale
     * @param trained the finished scales, 0 upward, each with its noise amplitude
     * @param current the scale in training, or null when none (not begun, or finished)
     */
    public record Saved(int format, SinganConfig config, long seed, ScalePyramid pyramid, List<ScaleState> trained,
            ScaleState current) {
        public Saved {
            trained = List.copyOf(trained);
        }
    }

    /** A scale's index and the amplitude of the noise added at it (1 at scale 0). */
    public record ScaleState(int index, double noiseAmplitude) {}

    public static String generator(int scale) {
        return String.format("scale-%02d.generator.params", scale);
    }

    public static String critic(int scale) {
        return String.format("scale-%02d.critic.params", scale);
    }

    public static String generatorAdam(int scale) {
        return String.format("scale-%02d.generator.adam", scale);
    }

    public static String criticAdam(int scale) {
        return String.format("scale-%02d.critic.adam", scale);
    }

    /** The files an inference model of this save consists of. */
    public static List<String> inferenceFiles(Saved saved) {
        List<String> files = new ArrayList<>(List.of(PYRAMID, Z_OPT));
        saved.trained().forEach(s -> files.add(generator(s.index())));
        return files;
    }

    /** Every file resuming this save needs: the inference files and the scale in training. */
    public static List<String> resumeFiles(Saved saved) {
        List<String> files = inferenceFiles(saved);
        if (saved.current() != null) {
            int k = saved.current().index();
            files.addAll(List.of(generator(k), critic(k), generatorAdam(k), criticAdam(k)));
        }
        return files;
    }

    /** {@link #inferenceFiles(Saved)} of the save in {@code dir}. */
    public static List<String> inferenceFiles(Path dir) throws IOException {
        return inferenceFiles(read(dir));
    }

    /** {@link #resumeFiles(Saved)} of the save in {@code dir}. */
    public static List<String> resumeFiles(Path dir) throws IOException {
        return resumeFiles(read(dir));
    }

    /** Reads and checks {@value #PYRAMID}. */
    public static Saved read(Path dir) throws IOException {
        Saved saved = Json.read(dir.resolve(PYRAMID), Saved.class);
        if (saved.format() != FORMAT || saved.config() == null || saved.pyramid() == null) {
            throw new IOException(PYRAMID + " is not a SinGAN pyramid of format " + FORMAT);
        }
        for (int i = 0; i < saved.trained().size(); i++) {
            if (saved.trained().get(i).index() != i || i >= saved.pyramid().size()) {
                throw new IOException(PYRAMID + " lists finished scales out of order");
            }
        }
        if (saved.current() != null && saved.current().index() != saved.trained().size()) {
            throw new IOException(PYRAMID + " names scale " + saved.current().index() + " in training after "
                    + saved.trained().size() + " finished ones");
        }
        return saved;
    }

    static void write(Path dir, Saved saved) throws IOException {
        Json.write(dir.resolve(PYRAMID), saved);
    }

    static void writeZOpt(Path file, float[] plane, int height, int width) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(Z_OPT_MAGIC);
            out.writeInt(height);
            out.writeInt(width);
            for (float v : plane) {
                out.writeFloat(v);
            }
        }
    }

    static float[] readZOpt(Path file, int height, int width) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != Z_OPT_MAGIC) {
                throw new IOException(file.getFileName() + " is not a SinGAN noise file");
            }
            int h = in.readInt();
            int w = in.readInt();
            if (h != height || w != width) {
                throw new IOException(file.getFileName() + " holds " + w + " x " + h + " noise, the coarsest scale is "
                        + width + " x " + height);
            }
            float[] plane = new float[h * w];
            for (int i = 0; i < plane.length; i++) {
                plane[i] = in.readFloat();
            }
            return plane;
        }
    }
}
