package org.ganstudio.app.sketch;

/**
 * A round brush of a whole number of model pixels: the cells of a {@code size x size} square whose centres lie
 * within the inscribed circle (less half a pixel of slack, so 3 is a plus and 4 a rounded square; 1 is a dot,
 * 2 a 2x2 square).
 */
final class Brush {

    private final int size;
    private final boolean[] cells;

    private Brush(int size) {
        this.size = size;
        this.cells = new boolean[size * size];
        double c = (size - 1) / 2.0;
        double limit = size * size / 4.0 - (size > 2 ? 0.5 : 0);
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < size; i++) {
                cells[j * size + i] = (i - c) * (i - c) + (j - c) * (j - c) <= limit;
            }
        }
    }

    static Brush of(int size) {
        return new Brush(Math.max(1, size));
    }

    int size() {
        return size;
    }

    /** How many pixels one stamp covers. */
    int area() {
        int count = 0;
        for (boolean cell : cells) {
            if (cell) {
                count++;
            }
        }
        return count;
    }

    /** Paints {@code grey} on the cells around pixel (x, y) of a {@code side}-wide grey page, clipped. */
    void stamp(byte[] page, int side, int x, int y, byte grey) {
        int origin = (size - 1) / 2; // even sizes lean up and left
        for (int j = 0; j < size; j++) {
            int py = y - origin + j;
            if (py < 0 || py >= side) {
                continue;
            }
            for (int i = 0; i < size; i++) {
                int px = x - origin + i;
                if (px >= 0 && px < side && cells[j * size + i]) {
                    page[py * side + px] = grey;
                }
            }
        }
    }
}
