package org.ganstudio.app.latent;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.common.LatestOnlyRunner;
import org.ganstudio.app.common.ModelSession;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.InstalledModel;
import org.ganstudio.engine.api.LatentBookmark;
import org.ganstudio.engine.api.LatentDirection;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioEngine;

/**
 * The DCGAN the Latent and Arithmetic studios share: the installed models, the one open {@link ImageGenerator} and
 * the one thread every call to it runs on ({@link ModelSession}), its principal directions (found once per opened
 * model) and the bookmarks of the session. Choosing a model in either studio opens it for both. Properties change on
 * the UI thread only.
 */
public final class GeneratorSession {

    static final String NO_MODELS = "No DCGAN model is installed yet. Train one in the Train studio, or open a "
            + "model or checkpoint folder with \u201cOpen model\u2026\u201d.";

    private final ModelSession<ImageGenerator> session;
    private final BackgroundTasks searches;
    private final ObservableList<LatentBookmark> bookmarks = FXCollections.observableArrayList();
    private final Map<ImageGenerator, List<LatentDirection>> principal = new IdentityHashMap<>();

    /** A session with its own generator thread, answering on the JavaFX thread. */
    public GeneratorSession(StudioEngine engine) {
        this(ModelSession.owned(engine, ModelFamily.DCGAN, engine::openGenerator, NO_MODELS, "latent-generator"));
    }

    /** A session over the given executors: {@code generatorThread} must run one thing at a time (tests). */
    public GeneratorSession(StudioEngine engine, Executor generatorThread, Executor ui) {
        this(ModelSession.over(engine, ModelFamily.DCGAN, engine::openGenerator, NO_MODELS, generatorThread, ui));
    }

    private GeneratorSession(ModelSession<ImageGenerator> session) {
        this.session = session;
        this.searches = session.ownsItsThread() ? new BackgroundTasks() : session.tasks();
        session.onReplaced(principal::remove);
    }

    public StudioEngine engine() {
        return session.engine();
    }

    /** Work on the generator thread, answered on the UI thread. */
    public BackgroundTasks tasks() {
        return session.tasks();
    }

    /**
     * Engine work that does not use the generator (reading a folder of training images), on a thread of its own so
     * that renders do not wait for it; on the generator's executor when a test gave the executors.
     */
    public BackgroundTasks searches() {
        return searches;
    }

    /** A runner for interactive work on the generator thread: only the newest request waits. */
    public <R> LatestOnlyRunner<R> runner(Consumer<R> onResult, Consumer<String> onError) {
        return session.runner(onResult, onError);
    }

    /** The first time a studio of the session is shown: list the installed models and open the first. */
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

    /** True while {@code g} is the open generator; work for a generator no longer open is skipped. */
    public boolean isCurrent(ImageGenerator g) {
        return session.isCurrent(g);
    }

    /**
     * The principal directions of the open generator, found once per opened model on the generator thread.
     *
     * @param onFound called on the UI thread, unless the model changed meanwhile
     */
    public void principalDirections(int count, int samples, Consumer<List<LatentDirection>> onFound,
            Consumer<String> onError) {
        ImageGenerator g = session.current();
        if (g == null) {
            return;
        }
        List<LatentDirection> known = principal.get(g);
        if (known != null) {
            onFound.accept(known);
            return;
        }
        session.tasks().run(() -> isCurrent(g) ? g.principalDirections(count, samples, 1L) : null, found -> {
            if (found != null && isCurrent(g)) {
                principal.put(g, List.copyOf(found));
                onFound.accept(found);
            }
        }, onError);
    }

    /** Closes the open generator after the work queued for it; safe from any thread. */
    public void shutdown() {
        session.shutdown();
    }

    public ObservableList<InstalledModel> models() {
        return session.models();
    }

    public ObjectProperty<InstalledModel> selectedModelProperty() {
        return session.selectedModelProperty();
    }

    /** The open generator; null while none is. */
    public ReadOnlyObjectProperty<ImageGenerator> generatorProperty() {
        return session.modelProperty();
    }

    public ImageGenerator generator() {
        return session.modelProperty().get();
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return session.openingProperty();
    }

    /** Why no model is open (none installed, it failed to open); empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return session.problemProperty();
    }

    /** Every bookmark of the session, of every model; each studio shows those of the open model. */
    public ObservableList<LatentBookmark> bookmarks() {
        return bookmarks;
    }

    /** Adds a bookmark, replacing one of the same model with the same name. */
    public void addBookmark(LatentBookmark bookmark) {
        bookmarks.removeIf(b -> b.modelId().equals(bookmark.modelId()) && b.name().equals(bookmark.name()));
        bookmarks.add(bookmark);
    }
}
