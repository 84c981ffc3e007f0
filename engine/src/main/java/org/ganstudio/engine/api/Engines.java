package org.ganstudio.engine.api;

import org.ganstudio.engine.core.DefaultStudioEngine;

/** Creates the engine. The app's one way in. */
public final class Engines {

    private Engines() {}

    /** The engine on the best available device (a GPU when present, else the CPU). */
    public static StudioEngine create() {
        return new DefaultStudioEngine("trained in GAN Studio");
    }
}
