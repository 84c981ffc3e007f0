package org.ganstudio.engine.train;

/** Training images held as one float array, for tests. */
public final class ArrayTrainingData implements TrainingData {

    private final float[][] images;
    private final int channels;
    private final int height;
    private final int width;

    public ArrayTrainingData(float[][] images, int channels, int size) {
        this(images, channels, size, size);
    }

    public ArrayTrainingData(float[][] images, int channels, int height, int width) {
        this.images = images;
        this.channels = channels;
        this.height = height;
        this.width = width;
    }

    /** n images of seeded uniform noise in [-1, 1], of any height and width. */
    public static ArrayTrainingData noise(int n, int height, int width, int channels) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(n * 31L + height * 7L + width);
        float[][] images = new float[n][channels * height * width];
        for (float[] image : images) {
            for (int i = 0; i < image.length; i++) {
                image[i] = (float) (random.nextDouble() * 2 - 1);
            }
        }
        return new ArrayTrainingData(images, channels, height, width);
    }

    /** n grey images of a dark square (-1) on white (+1), the square shifted a little per image. */
    public static ArrayTrainingData darkSquares(int n, int size) {
        float[][] images = new float[n][size * size];
        for (int k = 0; k < n; k++) {
            int offset = k % 3;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    boolean inside = y >= size / 4 + offset && y < 3 * size / 4 + offset - 2
                            && x >= size / 4 && x < 3 * size / 4;
                    images[k][y * size + x] = inside ? -1f : 1f;
                }
            }
        }
        return new ArrayTrainingData(images, 1, size);
    }

    public float[] mean() {
        float[] mean = new float[images[0].length];
        for (float[] image : images) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += image[i] / images.length;
            }
        }
        return mean;
    }

    @Override
    public int size() {
        return images.length;
    }

    @Override
    public int channels() {
        return channels;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void copyBatch(int[] indices, float[] destination) {
        int per = channels * height * width;
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(images[indices[i]], 0, destination, i * per, per);
        }
    }
}
