package org.ganstudio.engine.api;

/** Makes the engine; the engine's implementation registers one through {@link java.util.ServiceLoader}. */
public interface EngineFactory {

    /** A new engine on the best available device. */
    StudioEngine create();
}
