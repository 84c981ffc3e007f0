package org.ganstudio.engine.api;

/**
 * The model families the studio knows by name. Which of them this build can train and open, and what each
 * trains on, the engine says ({@link StudioEngine#availableFamilies()}, {@link StudioEngine#dataKind}): a family
 * is available when its package is registered.
 */
public enum ModelFamily {
    DCGAN("DCGAN", "Radford et al. 2016: unconditional images from a latent vector"),
    PIX2PIX("Pix2Pix", "Isola et al. 2017: paired image-to-image translation"),
    SINGAN("SinGAN", "Shaham et al. 2019: a pyramid of GANs learnt from one image"),
    CYCLEGAN("CycleGAN", "Zhu et al. 2017: unpaired translation with cycle consistency"),
    DTN("DTN", "Taigman et al. 2017: unsupervised cross-domain transfer"),
    STYLE("Style transfer", "Johnson et al. 2016: perceptual-loss style transfer");

    private final String displayName;
    private final String summary;

    ModelFamily(String displayName, String summary) {
        this.displayName = displayName;
        this.summary = summary;
    }

    public String displayName() {
        return displayName;
    }

    public String summary() {
        return summary;
    }
}
