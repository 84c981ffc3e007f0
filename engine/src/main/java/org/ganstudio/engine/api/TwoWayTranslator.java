package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;

/**
 * A trained unpaired translation model (CycleGAN, Zhu et al. 2017) opened with both of its mappings, so that a picture
 * of either domain can be translated into the other. As an {@link ImageTranslator} it translates from A to B. Safe to
 * call from one background thread at a time; close it to free native memory.
 */
public interface TwoWayTranslator extends ImageTranslator {

    /** The domain {@link TranslationDirection#A_TO_B} translates from. */
    ImageDomain domainA();

    /** The domain {@link TranslationDirection#A_TO_B} translates into. */
    ImageDomain domainB();

    /**
     * Translates one picture of the direction's source domain into the other domain. Any size is accepted: it is
     * fitted (scaled and centre-cropped) to {@link #imageSize()} first, grey or colour as the source domain is.
     *
     * @return the output, {@code imageSize() x imageSize()}, with the target domain's channels
     */
    BufferedImage translate(BufferedImage input, TranslationDirection direction);

    /** From A to B. */
    @Override
    default BufferedImage translate(BufferedImage input) {
        return translate(input, TranslationDirection.A_TO_B);
    }

    @Override
    default int inputChannels() {
        return domainA().channels();
    }

    @Override
    default int outputChannels() {
        return domainB().channels();
    }
}
