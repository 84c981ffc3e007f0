package org.ganstudio.engine.api;

/** How edges are found in a photo. */
public enum EdgeMethod {
    /** Winnemöller et al. 2012, eXtended Difference of Gaussians: soft, drawing-like lines. */
    XDOG("XDoG"),
    /** Canny 1986: thin lines along intensity steps, with hysteresis. */
    CANNY("Canny");

    private final String displayName;

    EdgeMethod(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
