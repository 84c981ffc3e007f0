package org.ganstudio.engine.core;

import org.ganstudio.engine.api.EngineFactory;
import org.ganstudio.engine.api.StudioEngine;

/** The engine {@link org.ganstudio.engine.api.Engines#create()} finds: models made here say "trained in GAN Studio". */
public final class DefaultEngineFactory implements EngineFactory {

    @Override
    public StudioEngine create() {
        return new DefaultStudioEngine("trained in GAN Studio");
    }
}
