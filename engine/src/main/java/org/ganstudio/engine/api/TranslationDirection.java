package org.ganstudio.engine.api;

/**
 * Which way a {@link TwoWayTranslator} translates: from its domain A to its domain B (CycleGAN's G) or back (its F).
 */
public enum TranslationDirection {
    A_TO_B,
    B_TO_A;

    /** The other way. */
    public TranslationDirection reverse() {
        return this == A_TO_B ? B_TO_A : A_TO_B;
    }
}
