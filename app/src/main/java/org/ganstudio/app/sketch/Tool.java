package org.ganstudio.app.sketch;

/** What a drag on the canvas does, with the size (in model pixels) it starts with. */
public enum Tool {
    /** Black ink; one model pixel is what the model's training edges look like. */
    PEN(1, 0),
    /** White; wider by default so a stray line goes in one pass. */
    ERASER(4, 255);

    private final int defaultSize;
    private final int grey;

    Tool(int defaultSize, int grey) {
        this.defaultSize = defaultSize;
        this.grey = grey;
    }

    public int defaultSize() {
        return defaultSize;
    }

    /** The grey level it paints: 0 for ink, 255 for paper. */
    public int grey() {
        return grey;
    }
}
