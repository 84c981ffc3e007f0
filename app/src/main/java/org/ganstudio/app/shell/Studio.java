package org.ganstudio.app.shell;

/** The studios the navigation offers, with what a person reads about each. */
public enum Studio {
    SKETCH("Sketch", "sketch", "Draw edges, get a shoe",
            "Draw the outline of a shoe with the mouse and watch a Pix2Pix model turn it into a photo-like shoe "
                    + "while you draw. Load an edge map or a photo, undo, redo, and save the result with its sketch."),
    LATENT("Latent", "latent", "Walk through a DCGAN's latent space",
            "Sliders over the latent vector of a trained DCGAN: drag one and watch the samples morph, interpolate "
                    + "between two samples, and switch off generator feature maps to see what they draw."),
    ARITHMETIC("Arithmetic", "arithmetic", "Vector arithmetic on latent vectors",
            "Pick groups of samples and combine their mean latents, as in \"smiling woman - neutral woman + neutral "
                    + "man\", and see the generator's answer."),
    SINGAN("SinGAN", "singan", "A GAN learnt from one image",
            "Train a pyramid of small GANs on a single picture, then draw random variations at any size, turn a "
                    + "painting into the picture's style, paste an object in and harmonise it, super-resolve, animate."),
    UNPAIRED("Unpaired", "unpaired", "Translate without pairs",
            "Open a CycleGAN trained on two folders of images that have no one-to-one pairs, open a picture of "
                    + "either folder's kind and see it translated into the other, either way; save the result."),
    TRAIN("Train", "train", "Train your own model",
            "Pick a folder of images and a model family, press Start, and watch losses and samples live.");

    private final String title;
    private final String id;
    private final String tagline;
    private final String description;

    Studio(String title, String id, String tagline, String description) {
        this.title = title;
        this.id = id;
        this.tagline = tagline;
        this.description = description;
    }

    public String title() {
        return title;
    }

    /** Stable id suffix for controls, e.g. "nav-train". */
    public String id() {
        return id;
    }

    public String tagline() {
        return tagline;
    }

    public String description() {
        return description;
    }
}
