package org.ganstudio.engine.api;

import java.util.ServiceLoader;

/**
 * Creates the engine. The app's one way in. The implementation is found with {@link ServiceLoader} (an
 * {@link EngineFactory} registered in {@code META-INF/services}), so this package depends on no engine internals.
 */
public final class Engines {

    private Engines() {}

    /** The engine on the best available device (a GPU when present, else the CPU). */
    public static StudioEngine create() {
        return ServiceLoader.load(EngineFactory.class, Engines.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new StudioException("This build has no engine: no " + EngineFactory.class.getName()
                        + " is registered."))
                .create();
    }
}
