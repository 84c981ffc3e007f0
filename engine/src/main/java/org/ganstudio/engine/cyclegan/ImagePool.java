package org.ganstudio.engine.cyclegan;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;

/**
 * The history of generated images that CycleGAN's discriminators learn from (Shrivastava et al. 2017, as Zhu et al.
 * 2017 section 4 use it): until the pool is full each fake is kept and shown; afterwards a fake is shown with
 * probability one half, otherwise a random earlier fake is shown and the new one takes its place. The pool is saved
 * with each checkpoint and draws from the step's random source, so a resumed run shows the same images.
 */
final class ImagePool {

    private static final int FORMAT = 0x504F4F31; // "POO1"

    private final int capacity;
    private final int valuesPerImage;
    private final float[][] images;
    private int count;

    ImagePool(int capacity, int valuesPerImage) {
        if (capacity < 0 || valuesPerImage < 1) {
            throw new IllegalArgumentException("bad pool of " + capacity + " images of " + valuesPerImage + " values");
        }
        this.capacity = capacity;
        this.valuesPerImage = valuesPerImage;
        this.images = new float[capacity][];
    }

    /** Images held. */
    int size() {
        return count;
    }

    /**
     * The images to show the discriminator for a batch of new fakes, laid end to end like {@code fakes}.
     *
     * @param fakes n images of {@code valuesPerImage} values each
     */
    float[] query(float[] fakes, SplittableRandom random) {
        if (fakes.length % valuesPerImage != 0) {
            throw new IllegalArgumentException(fakes.length + " values are not whole images of " + valuesPerImage);
        }
        if (capacity == 0) {
            return fakes;
        }
        float[] shown = fakes.clone();
        for (int i = 0; i < fakes.length / valuesPerImage; i++) {
            int offset = i * valuesPerImage;
            float[] fake = new float[valuesPerImage];
            System.arraycopy(fakes, offset, fake, 0, valuesPerImage);
            if (count < capacity) {
                images[count++] = fake;
            } else if (random.nextDouble() < 0.5) {
                int slot = random.nextInt(capacity);
                System.arraycopy(images[slot], 0, shown, offset, valuesPerImage);
                images[slot] = fake;
            }
        }
        return shown;
    }

    void save(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(capacity);
        out.writeInt(valuesPerImage);
        out.writeInt(count);
        for (int i = 0; i < count; i++) {
            for (float v : images[i]) {
                out.writeFloat(v);
            }
        }
    }

    /** Replaces the pool with what {@link #save} wrote; a pool of another size or image shape is refused. */
    void load(DataInputStream in) throws IOException {
        int format = in.readInt();
        int savedCapacity = in.readInt();
        int savedValues = in.readInt();
        int savedCount = in.readInt();
        if (format != FORMAT || savedCapacity != capacity || savedValues != valuesPerImage || savedCount < 0
                || savedCount > capacity) {
            throw new IOException("the image pool holds " + savedCount + " of " + savedCapacity + " images of "
                    + savedValues + " values, where this model keeps " + capacity + " of " + valuesPerImage);
        }
        for (int i = 0; i < capacity; i++) {
            images[i] = null;
        }
        for (int i = 0; i < savedCount; i++) {
            float[] image = new float[valuesPerImage];
            for (int v = 0; v < valuesPerImage; v++) {
                image[v] = in.readFloat();
            }
            images[i] = image;
        }
        count = savedCount;
    }
}
