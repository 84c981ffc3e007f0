package org.ganstudio.app.unpaired;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.FakeTwoWayTranslator;
import org.ganstudio.app.shell.MainWindow;
import org.ganstudio.engine.api.TranslationDirection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real Unpaired view against a {@link FakeTwoWayTranslator} (A to B inverts the colours, B to A turns the
 * picture grey) whose card names its domains horses and zebras.
 */
@ExtendWith(ApplicationExtension.class)
class UnpairedViewTest {

    private final FakeStudioEngine engine = new FakeStudioEngine(5);
    private UnpairedViewModel model;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        engine.cyclegan.install("horse2zebra", "Horses and zebras",
                () -> new FakeTwoWayTranslator("horse2zebra", "horses", "zebras", 20));
        model = UnpairedViewModel.of(engine);
        Scene scene = new Scene(new UnpairedView(model), 900, 640);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        model.shutdown();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Left half red, right half blue: inverted it turns cyan and yellow, grey it is two greys. */
    private Path picture(String name) throws Exception {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 30, 40);
        g.setColor(Color.BLUE);
        g.fillRect(30, 0, 30, 40);
        g.dispose();
        Path file = temp.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static int shownPixel(FxRobot robot, int x, int y) {
        Image image = robot.lookup("#unpaired-output").queryAs(ImageView.class).getImage();
        return image.getPixelReader().getArgb(x, y) & 0xffffff;
    }

    private void translated(Path file) throws Exception {
        waitUntil(() -> model.session().modelProperty().get() != null);
        javafx.application.Platform.runLater(() -> model.openPicture(file));
        waitUntil(() -> model.resultProperty().get() != null && !model.translatingProperty().get());
    }

    @Test
    void aPictureIsTranslatedFromAToBAndTheSwitchTranslatesItBackTheOtherWay(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#unpaired-output-hint").queryAs(Label.class).getText()).isNotBlank();
        translated(picture("horse.png"));
        assertThat(robot.lookup("#unpaired-a-to-b").queryAs(ToggleButton.class).getText())
                .isEqualTo("horses \u2192 zebras");
        assertThat(robot.lookup("#unpaired-b-to-a").queryAs(ToggleButton.class).getText())
                .isEqualTo("zebras \u2192 horses");
        assertThat(robot.lookup("#unpaired-input").queryAs(ImageView.class).getImage().getWidth()).isEqualTo(60);
        assertThat(model.resultProperty().get().direction()).isEqualTo(TranslationDirection.A_TO_B);
        assertThat(shownPixel(robot, 2, 2)).isEqualTo(FakeTwoWayTranslator.outputFor(0xff0000, TranslationDirection.A_TO_B));
        int forward = shownPixel(robot, 2, 2);

        robot.clickOn("#unpaired-b-to-a");
        waitUntil(() -> model.resultProperty().get().direction() == TranslationDirection.B_TO_A
                && !model.translatingProperty().get());
        assertThat(shownPixel(robot, 2, 2)).isEqualTo(FakeTwoWayTranslator.outputFor(0xff0000, TranslationDirection.B_TO_A))
                .isNotEqualTo(forward);
        assertThat(robot.lookup("#unpaired-b-to-a").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#unpaired-b-to-a"); // clicking the chosen way again keeps it chosen
        assertThat(robot.lookup("#unpaired-b-to-a").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void aBurstOfDirectionChangesTranslatesAtMostTheFirstAndTheLast(FxRobot robot) throws Exception {
        translated(picture("horse.png"));
        FakeTwoWayTranslator open = (FakeTwoWayTranslator) model.session().modelProperty().get();
        int before = open.calls.get();
        robot.interact(() -> {
            for (int i = 0; i < 5; i++) {
                model.directionProperty().set(model.directionProperty().get().reverse());
            }
        });
        waitUntil(() -> !model.translatingProperty().get());
        assertThat(model.resultProperty().get().direction()).isEqualTo(TranslationDirection.B_TO_A);
        assertThat(open.calls.get() - before).as("the first (if the worker took it at once) and the last; the rest "
                + "were dropped").isBetween(1, 2);
    }

    @Test
    void aFileThatIsNotAPictureSaysWhyAndKeepsTheTranslationShown(FxRobot robot) throws Exception {
        translated(picture("horse.png"));
        Translation before = model.resultProperty().get();
        Image shown = robot.lookup("#unpaired-output").queryAs(ImageView.class).getImage();
        Path notes = temp.resolve("notes.png");
        Files.writeString(notes, "not a picture at all");
        robot.interact(() -> model.openPicture(notes));
        waitUntil(() -> model.messageIsErrorProperty().get());
        assertThat(robot.lookup("#unpaired-message").queryAs(Label.class).getText()).contains("notes.png");
        assertThat(robot.lookup("#unpaired-message").queryAs(Label.class).getStyleClass()).contains("error");
        assertThat(model.resultProperty().get()).isSameAs(before);
        assertThat(robot.lookup("#unpaired-output").queryAs(ImageView.class).getImage()).isSameAs(shown);
    }

    @Test
    void aFolderOfAnotherFamilyIsRefusedAndTheOpenModelStaysOpen(FxRobot robot) throws Exception {
        waitUntil(() -> model.session().modelProperty().get() != null);
        robot.interact(() -> model.session().openModelFolder(Path.of("/runs/shoes-pix2pix")));
        waitUntil(() -> !model.session().problemProperty().get().isEmpty());
        assertThat(robot.lookup("#unpaired-model-problem").queryAs(Label.class).getText())
                .contains("is a Pix2Pix model, not a CycleGAN model");
        assertThat(model.session().modelProperty().get()).isNotNull();
        assertThat(model.session().models()).hasSize(1);
    }

    @Test
    void theResultIsSavedAsAPng(FxRobot robot) throws Exception {
        translated(picture("horse.png"));
        assertThat(model.resultProperty().get().suggestedFileName()).isEqualTo("horse2zebra-a-to-b.png");
        Path out = temp.resolve("zebra.png");
        robot.interact(() -> model.saveResult(out));
        waitUntil(() -> model.messageProperty().get().startsWith("Saved"));
        BufferedImage saved = ImageIO.read(out.toFile());
        assertThat(saved.getWidth()).isEqualTo(FakeTwoWayTranslator.SIZE);
        assertThat(saved.getRGB(2, 2) & 0xffffff).isEqualTo(FakeTwoWayTranslator.outputFor(0xff0000,
                TranslationDirection.A_TO_B));
    }
}
