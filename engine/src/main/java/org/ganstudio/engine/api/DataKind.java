package org.ganstudio.engine.api;

/** What a model family trains on: the kinds of training data the studio can load. */
public enum DataKind {
    /** A folder of images, each one sample (DCGAN). */
    IMAGES("a folder of images"),
    /** A folder of input|target pairs side by side, in train/ and val/ (Pix2Pix). */
    PAIRS("a folder of image pairs (input | target)"),
    /** Two folders of images, one per domain, not aligned (CycleGAN, DTN). */
    UNPAIRED("two folders of images, one per domain"),
    /** One picture of any width and height (SinGAN). */
    SINGLE_IMAGE("one picture");

    private final String description;

    DataKind(String description) {
        this.description = description;
    }

    /** What a person picks for this kind, in words ("a folder of images"). */
    public String description() {
        return description;
    }
}
