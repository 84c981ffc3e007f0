package org.ganstudio.app.singan;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.common.LatestOnlyRunner;
import org.ganstudio.app.common.ModelSession;
import org.ganstudio.engine.api.InstalledModel;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.MultiScaleSampler;
import org.ganstudio.engine.api.StudioEngine;

/**
 * The SinGAN studio's model: the installed SinGAN models, the one open {@link MultiScaleSampler} and the one thread
 * every call to it runs on ({@link ModelSession}, as the Latent studios' {@code GeneratorSession} uses it).
 */
public final class SamplerSession {

    static final String NO_MODELS = "No SinGAN model is installed yet. Train one on a picture in the Train studio, "
            + "or open a model or checkpoint folder with \u201cOpen model\u2026\u201d.";

    private final ModelSession<MultiScaleSampler> session;

    /** A session with its own sampler thread, answering on the JavaFX thread. */
    public SamplerSession(StudioEngine engine) {
        this.session = ModelSession.owned(engine, ModelFamily.SINGAN, engine::openMultiScaleSampler, NO_MODELS,
                "singan-sampler");
    }

    /** A session over the given executors: {@code samplerThread} must run one thing at a time (tests). */
    public SamplerSession(StudioEngine engine, Executor samplerThread, Executor ui) {
        this.session = ModelSession.over(engine, ModelFamily.SINGAN, engine::openMultiScaleSampler, NO_MODELS,
                samplerThread, ui);
    }

    /** Work on the sampler thread, answered on the UI thread. */
    public BackgroundTasks tasks() {
        return session.tasks();
    }

    /** Runs on the UI thread (for progress reported from the sampler thread). */
    Executor ui() {
        return session.ui();
    }

    /** A runner for interactive work on the sampler thread: only the newest request waits. */
    public <R> LatestOnlyRunner<R> runner(Consumer<R> onResult, Consumer<String> onError) {
        return session.runner(onResult, onError);
    }

    /** The first time the studio is shown: list the installed models and open the first. */
    public void activate() {
        session.activate();
    }

    public void refreshModels() {
        session.refreshModels();
    }

    /** Opens a model or checkpoint folder chosen by hand; it joins the list once it opened. */
    public void openModelFolder(Path folder) {
        session.openModelFolder(folder);
    }

    /** True while {@code s} is the open sampler; work for a sampler no longer open is dropped. */
    public boolean isCurrent(MultiScaleSampler s) {
        return session.isCurrent(s);
    }

    /** Closes the open sampler after the work queued for it; safe from any thread. */
    public void shutdown() {
        session.shutdown();
    }

    public ObservableList<InstalledModel> models() {
        return session.models();
    }

    public ObjectProperty<InstalledModel> selectedModelProperty() {
        return session.selectedModelProperty();
    }

    /** The open sampler; null while none is. */
    public ReadOnlyObjectProperty<MultiScaleSampler> samplerProperty() {
        return session.modelProperty();
    }

    public MultiScaleSampler sampler() {
        return session.modelProperty().get();
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return session.openingProperty();
    }

    /** Why no model is open (none installed, it failed to open); empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return session.problemProperty();
    }
}
