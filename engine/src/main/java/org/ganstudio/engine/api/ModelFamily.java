package org.ganstudio.engine.api;

/** The model families the studio knows. Families not yet built report {@link #available()} false. */
public enum ModelFamily {
    DCGAN("DCGAN", "Radford et al. 2016: unconditional images from a latent vector", true),
    PIX2PIX("Pix2Pix", "Isola et al. 2017: paired image-to-image translation", true),
    SINGAN("SinGAN", "Shaham et al. 2019: a pyramid of GANs learnt from one image", false),
    CYCLEGAN("CycleGAN", "Zhu et al. 2017: unpaired translation with cycle consistency", false),
    DTN("DTN", "Taigman et al. 2017: unsupervised cross-domain transfer", false),
    STYLE("Style transfer", "Johnson et al. 2016: perceptual-loss style transfer", false);

    private final String displayName;
    private final String summary;
    private final boolean available;

    ModelFamily(String displayName, String summary, boolean available) {
        this.displayName = displayName;
        this.summary = summary;
        this.available = available;
    }

    public String displayName() {
        return displayName;
    }

    public String summary() {
        return summary;
    }

    /** True when its training data are input|target pairs side by side (train/ and val/), not single images. */
    public boolean trainsOnPairs() {
        return this == PIX2PIX;
    }

    /** True once the family can be trained and used in this build. */
    public boolean available() {
        return available;
    }
}
