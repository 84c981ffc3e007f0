package org.ganstudio.engine.edges;

/**
 * Canny's edge detector (J. Canny 1986, "A Computational Approach to Edge Detection", IEEE TPAMI 8(6)):
 * Gaussian blur, Sobel gradients, non-maximum suppression across the edge, and a double threshold with
 * hysteresis that keeps weak edge pixels only when 8-connected to a strong one.
 *
 * <p><b>Magnitude units: edge contrast.</b> With intensities in [0, 1], the Sobel responses are divided by 4
 * (giving the smoothed difference between the pixel's two neighbours across the edge) and then by the peak
 * of that difference for a unit step after the blur, which is {@code g[0] + g[1]} for the blur kernel g
 * (about {@code 2 / (sigma sqrt(2 pi))}). So an ideal straight step from intensity a to b lying between
 * two pixels reads exactly {@code |b - a|} on the pixels beside it, whatever sigma is, and the thresholds
 * mean contrast: with the defaults low 0.1 and high 0.2, outlines of contrast 0.2 or more start a line,
 * which may continue through parts down to contrast 0.1, while sensor and JPEG noise (far below 0.1
 * after the blur) stay out. Soft edges (blurred, or wider than the Gaussian) read less than their
 * contrast.
 *
 * <p>Non-maximum suppression compares each pixel with its two neighbours along the gradient direction,
 * rounded to a multiple of 45 degrees, and keeps it when it is the larger of each pair. Magnitudes within
 * 0.01 % of each other count as a tie, which the darker pixel of the two wins, so a step centred between
 * two pixels gives one line, on its dark side (a dark square's outline is its own border pixels), rather
 * than two lines or one chosen by rounding.
 */
public final class Canny {
    /** tan(22.5 degrees) and tan(67.5 degrees): the borders of the four direction sectors. */
    private static final float TAN_22_5 = 0.41421356f;
    private static final float TAN_67_5 = 2.41421356f;
    private static final byte HORIZONTAL = 0;
    private static final byte VERTICAL = 1;
    private static final byte FALLING_DIAGONAL = 2;
    private static final byte RISING_DIAGONAL = 3;
    /** Relative difference below which two magnitudes tie in non-maximum suppression. */
    private static final float TIE = 1e-4f;

    private Canny() {}

    /**
     * Black (0) edge lines on white (1).
     *
     * @param sigma scale of the Gaussian blur, pixels
     * @param low weak threshold on the magnitude (see the class comment for units)
     * @param high strong threshold, at least {@code low}
     */
    public static GreyImage lines(GreyImage image, double sigma, double low, double high) {
        byte[] edges = hysteresis(suppressedMagnitude(image, sigma), image.width(), image.height(), low, high);
        return InkMask.toImage(image.width(), image.height(), edges);
    }

    /** The gradient magnitude after blur and non-maximum suppression (0 where suppressed). */
    public static float[] suppressedMagnitude(GreyImage image, double sigma) {
        int w = image.width();
        int h = image.height();
        float[] kernel = GaussianBlur.kernel(sigma);
        float[] blurred = new float[w * h];
        GaussianBlur.blur(image.pixels(), w, h, kernel, blurred);
        float[] magnitude = new float[w * h];
        byte[] direction = new byte[w * h];
        sobel(blurred, w, h, unitStepPeak(kernel), magnitude, direction);
        return suppressNonMaxima(magnitude, direction, blurred, w, h);
    }

    /**
     * The largest difference between the two neighbours of a pixel across a unit step between two pixels,
     * after blurring with {@code kernel}: its two central taps, {@code g[0] + g[1]}.
     */
    static float unitStepPeak(float[] kernel) {
        int centre = kernel.length / 2;
        return kernel.length == 1 ? 1f : kernel[centre] + kernel[centre + 1];
    }

    /**
     * Sobel gradients of an image, with clamped borders: magnitude {@code sqrt(gx^2 + gy^2) / (4 peak)} and
     * the direction sector of (gx, gy).
     */
    static void sobel(float[] image, int w, int h, float peak, float[] magnitude, byte[] direction) {
        float scale = 0.25f / peak;
        for (int y = 0; y < h; y++) {
            int up = Math.max(0, y - 1) * w;
            int row = y * w;
            int down = Math.min(h - 1, y + 1) * w;
            for (int x = 0; x < w; x++) {
                int left = Math.max(0, x - 1);
                int right = Math.min(w - 1, x + 1);
                float topLeft = image[up + left];
                float topRight = image[up + right];
                float bottomLeft = image[down + left];
                float bottomRight = image[down + right];
                float gx = (topRight + 2 * image[row + right] + bottomRight) - (topLeft + 2 * image[row + left] + bottomLeft);
                float gy = (bottomLeft + 2 * image[down + x] + bottomRight) - (topLeft + 2 * image[up + x] + topRight);
                magnitude[row + x] = (float) Math.sqrt(gx * gx + gy * gy) * scale;
                direction[row + x] = sector(gx, gy);
            }
        }
    }

    /** Which of the four directions (gx, gy) is nearest, with y pointing down. */
    static byte sector(float gx, float gy) {
        float ax = Math.abs(gx);
        float ay = Math.abs(gy);
        if (ay <= TAN_22_5 * ax) {
            return HORIZONTAL;
        }
        if (ay > TAN_67_5 * ax) {
            return VERTICAL;
        }
        return (gx > 0) == (gy > 0) ? FALLING_DIAGONAL : RISING_DIAGONAL;
    }

    private static float[] suppressNonMaxima(float[] magnitude, byte[] direction, float[] intensity, int w, int h) {
        float[] kept = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (magnitude[i] <= 0f) {
                    continue;
                }
                int dx = direction[i] == VERTICAL ? 0 : 1;
                int dy = direction[i] == HORIZONTAL ? 0 : direction[i] == RISING_DIAGONAL ? -1 : 1;
                int step = dy * w + dx;
                boolean beforeInside = inside(x - dx, y - dy, w, h);
                boolean afterInside = inside(x + dx, y + dy, w, h);
                if ((!beforeInside || wins(magnitude, intensity, i, i - step))
                        && (!afterInside || wins(magnitude, intensity, i, i + step))) {
                    kept[i] = magnitude[i];
                }
            }
        }
        return kept;
    }

    /** Whether pixel i keeps the line against neighbour j: larger magnitude, or a tie and darker. */
    private static boolean wins(float[] magnitude, float[] intensity, int i, int j) {
        float m = magnitude[i];
        float other = magnitude[j];
        float tolerance = TIE * Math.max(m, other);
        if (m > other + tolerance) {
            return true;
        }
        if (m < other - tolerance) {
            return false;
        }
        return intensity[i] < intensity[j];
    }

    private static boolean inside(int x, int y, int w, int h) {
        return x >= 0 && y >= 0 && x < w && y < h;
    }

    /**
     * Double threshold with hysteresis: 1 for every pixel of magnitude at least {@code high}, and for every
     * pixel of magnitude at least {@code low} joined to such a pixel through an 8-connected path of such
     * pixels; 0 elsewhere. Pixels of magnitude 0 are never edges.
     */
    public static byte[] hysteresis(float[] magnitude, int w, int h, double low, double high) {
        if (low < 0 || high < low) {
            throw new IllegalArgumentException("Canny needs 0 <= low <= high, got low " + low + ", high " + high);
        }
        if (magnitude.length != w * h) {
            throw new IllegalArgumentException("expected " + w * h + " magnitudes, got " + magnitude.length);
        }
        byte[] edge = new byte[w * h];
        int[] stack = new int[w * h];
        int top = 0;
        for (int i = 0; i < magnitude.length; i++) {
            if (magnitude[i] > 0f && magnitude[i] >= high && edge[i] == 0) {
                edge[i] = 1;
                stack[top++] = i;
                while (top > 0) {
                    int p = stack[--top];
                    int px = p % w;
                    int py = p / w;
                    for (int ny = Math.max(0, py - 1); ny <= Math.min(h - 1, py + 1); ny++) {
                        for (int nx = Math.max(0, px - 1); nx <= Math.min(w - 1, px + 1); nx++) {
                            int n = ny * w + nx;
                            if (edge[n] == 0 && magnitude[n] > 0f && magnitude[n] >= low) {
                                edge[n] = 1;
                                stack[top++] = n;
                            }
                        }
                    }
                }
            }
        }
        return edge;
    }
}
