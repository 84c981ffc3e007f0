package org.ganstudio.engine.cyclegan;

/**
 * One of CycleGAN's two mappings (Zhu et al. 2017): G from A to B, F from B to A. Each has its own weights file, so
 * that a saved model can translate either way.
 */
enum Direction {
    A_TO_B("generator-ab.params"),
    B_TO_A("generator-ba.params");

    private final String file;

    Direction(String file) {
        this.file = file;
    }

    /** The generator's weights in a checkpoint or model folder. */
    String file() {
        return file;
    }

    int inputChannels(CycleganConfig c) {
        return this == A_TO_B ? c.channelsA() : c.channelsB();
    }

    int outputChannels(CycleganConfig c) {
        return this == A_TO_B ? c.channelsB() : c.channelsA();
    }
}
