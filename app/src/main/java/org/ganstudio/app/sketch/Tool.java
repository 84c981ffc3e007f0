package org.ganstudio.app.sketch;

/** What a drag on the canvas does, with the size (in drawing pixels, the screen's at 100 %) it starts with. */
public enum Tool {
    /** Black ink, a fine pen by default. */
    PEN(4),
    /** White; wider by default so a stray line goes in one pass. */
    ERASER(16);

    /** The sizes offered, in drawing pixels. */
    static final int[] SIZES = {2, 4, 8, 16, 32};

    private final int defaultSize;

    Tool(int defaultSize) {
        this.defaultSize = defaultSize;
    }

    public int defaultSize() {
        return defaultSize;
    }
}
