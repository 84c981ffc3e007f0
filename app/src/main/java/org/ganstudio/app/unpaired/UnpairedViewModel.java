package org.ganstudio.app.unpaired;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import org.ganstudio.app.common.Failures;
import org.ganstudio.app.common.FxImages;
import org.ganstudio.app.common.LatestOnlyRunner;
import org.ganstudio.app.common.ModelSession;
import org.ganstudio.app.common.PictureFiles;
import org.ganstudio.engine.api.Images;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.TranslationDirection;
import org.ganstudio.engine.api.TwoWayTranslator;

/**
 * The Unpaired studio's state: the open CycleGAN ({@link ModelSession} of {@link TwoWayTranslator}s), the picture
 * given, the direction and the translation shown. A new picture, direction or model translates again, off the UI
 * thread, only the newest request waiting; a picture that cannot be read or a translation that fails says why and
 * keeps what was shown. UI thread only.
 */
public final class UnpairedViewModel {

    static final String NO_MODELS = "No CycleGAN model is installed yet. Train one in the Train studio on a folder "
            + "holding two folders of pictures, A/ and B/ (\u201cTwo sets of images\u201d), or open a run's checkpoint "
            + "or an exported model folder with \u201cOpen model\u2026\u201d.";

    private final ModelSession<TwoWayTranslator> session;
    private final LatestOnlyRunner<Answer> runner;
    private final ObjectProperty<TranslationDirection> direction = new SimpleObjectProperty<>(TranslationDirection.A_TO_B);
    private final ReadOnlyObjectWrapper<BufferedImage> input = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> inputImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Translation> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> outputImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper forwardLabel = new ReadOnlyStringWrapper(label(TranslationDirection.A_TO_B, null));
    private final ReadOnlyStringWrapper backwardLabel = new ReadOnlyStringWrapper(label(TranslationDirection.B_TO_A, null));
    private final ReadOnlyBooleanWrapper translating = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private long asked;

    /** A studio with its own model thread, answering on the JavaFX thread. */
    public static UnpairedViewModel of(StudioEngine engine) {
        return new UnpairedViewModel(ModelSession.owned(engine, ModelFamily.CYCLEGAN, engine::openTwoWayTranslator,
                NO_MODELS, "unpaired-translator"));
    }

    /** A studio over the given executors: {@code modelThread} must run one thing at a time (tests). */
    public static UnpairedViewModel over(StudioEngine engine, Executor modelThread, Executor ui) {
        return new UnpairedViewModel(ModelSession.over(engine, ModelFamily.CYCLEGAN, engine::openTwoWayTranslator,
                NO_MODELS, modelThread, ui));
    }

    private UnpairedViewModel(ModelSession<TwoWayTranslator> session) {
        this.session = session;
        this.runner = session.runner(this::answered, error -> {
            translating.set(false); // an Error the job could not catch (a native failure): the runner goes on
            say("Cannot translate: " + error, true);
        });
        session.modelProperty().addListener((obs, old, now) -> modelChanged(now));
        direction.addListener((obs, old, now) -> translate());
    }

    /** Each time the studio is shown: lists the models the first time and opens the first. */
    public void activate() {
        session.activate();
    }

    private void modelChanged(TwoWayTranslator now) {
        forwardLabel.set(label(TranslationDirection.A_TO_B, now));
        backwardLabel.set(label(TranslationDirection.B_TO_A, now));
        if (now == null) {
            result.set(null);
            outputImage.set(null);
        }
        translate();
    }

    /** "A → B", or the model's domain names ("horses → zebras") when its card has them. */
    static String label(TranslationDirection way, TwoWayTranslator model) {
        String a = model == null ? "A" : model.domainA().name();
        String b = model == null ? "B" : model.domainB().name();
        return way == TranslationDirection.A_TO_B ? a + " \u2192 " + b : b + " \u2192 " + a;
    }

    /** Reads a picture off the UI thread and translates it; one that cannot be read says why and changes nothing. */
    public void openPicture(Path file) {
        say("Reading " + file.getFileName() + "\u2026", false);
        session.tasks().run(() -> Images.decode(file), read -> {
            input.set(read);
            inputImage.set(FxImages.toFx(read));
            say("", false);
            translate();
        }, error -> say(error, true));
    }

    /** Uses a picture already in memory (an example, a test) as the input. */
    public void usePicture(BufferedImage picture) {
        input.set(picture);
        inputImage.set(FxImages.toFx(picture));
        translate();
    }

    /** Asks for the translation of the picture shown with the open model and direction; the newest request wins. */
    private void translate() {
        TwoWayTranslator model = session.modelProperty().get();
        BufferedImage picture = input.get();
        if (model == null || picture == null) {
            return;
        }
        TranslationDirection way = direction.get();
        long ticket = ++asked;
        translating.set(true);
        runner.submit(() -> {
            if (!session.isCurrent(model)) {
                return new Answer(ticket, null, null); // the model was replaced while this waited
            }
            try {
                return new Answer(ticket, new Translation(model.modelId(), way, picture, model.translate(picture, way)),
                        null);
            } catch (RuntimeException | OutOfMemoryError e) {
                return new Answer(ticket, null, Failures.describe(e));
            }
        });
    }

    /** A translation, or why it failed, for the request numbered {@code ticket}. */
    private record Answer(long ticket, Translation translation, String error) {}

    private void answered(Answer answer) {
        translating.set(answer.ticket() < asked);
        if (answer.error() != null) {
            say("Cannot translate: " + answer.error(), true);
        } else if (answer.translation() != null) {
            result.set(answer.translation());
            outputImage.set(FxImages.toFx(answer.translation().output()));
            if (messageIsError.get()) {
                say("", false);
            }
        }
    }

    /** Writes the translation shown as a PNG, off the UI thread. */
    public void saveResult(Path file) {
        Translation t = result.get();
        if (t == null) {
            say("Nothing to save yet: open a picture first.", true);
            return;
        }
        session.tasks().run(() -> {
            PictureFiles.writePng(t.output(), file);
            return file;
        }, saved -> say("Saved " + saved.getFileName() + " in " + saved.getParent() + ".", false),
                error -> say(error, true));
    }

    private void say(String text, boolean error) {
        messageIsError.set(error);
        message.set(text);
    }

    /** Stops translating and closes the open model after the work queued for it. */
    public void shutdown() {
        runner.shutdown();
        session.shutdown();
    }

    // ---- properties

    public ModelSession<TwoWayTranslator> session() {
        return session;
    }

    public ObjectProperty<TranslationDirection> directionProperty() {
        return direction;
    }

    /** The picture given (null until one is opened). */
    public ReadOnlyObjectProperty<Image> inputImageProperty() {
        return inputImage.getReadOnlyProperty();
    }

    /** The translation shown, with its model, direction and input (null until one is made). */
    public ReadOnlyObjectProperty<Translation> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> outputImageProperty() {
        return outputImage.getReadOnlyProperty();
    }

    /** The A-to-B switch's text: "A → B", or the domains' names. */
    public ReadOnlyStringProperty forwardLabelProperty() {
        return forwardLabel.getReadOnlyProperty();
    }

    /** The B-to-A switch's text. */
    public ReadOnlyStringProperty backwardLabelProperty() {
        return backwardLabel.getReadOnlyProperty();
    }

    /** True while a translation asked for has not come back. */
    public ReadOnlyBooleanProperty translatingProperty() {
        return translating.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }
}
