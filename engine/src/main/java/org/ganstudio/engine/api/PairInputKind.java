package org.ganstudio.engine.api;

/** What goes on the input (left) half of a pair built from a photo. */
public enum PairInputKind {
    /** The photo's edges (black lines on white), for sketch-to-photo models. */
    EDGES("Edges"),
    /** The photo in grey, for colourisation models. */
    GREY("Grey (colourise)");

    private final String displayName;

    PairInputKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
