package org.ganstudio.app.unpaired;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ganstudio.app.shell.MainWindow;
import org.ganstudio.engine.api.DevicePreference;
import org.ganstudio.engine.api.Engines;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.TrainingRequest;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;
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
 * A tiny CycleGAN (grey A, colour B, 32 px) trained for 2 steps on the real engine, opened in the Unpaired studio
 * through "Open model…" and used both ways.
 */
@ExtendWith(ApplicationExtension.class)
class UnpairedWithRealEngineTest {

    private final StudioEngine engine = Engines.create();
    private UnpairedViewModel model;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        model = UnpairedViewModel.of(engine);
        Scene scene = new Scene(new UnpairedView(model), 900, 640);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        model.shutdown();
        engine.close();
    }

    private Path tinyCheckpoint() throws Exception {
        for (String domain : new String[] {"A", "B"}) {
            Path folder = Files.createDirectories(temp.resolve("shapes").resolve(domain));
            for (int i = 0; i < 2; i++) {
                BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
                var g = image.createGraphics();
                g.setColor(domain.equals("A") ? Color.WHITE : Color.ORANGE);
                g.fillRect(0, 0, 32, 32);
                g.setColor(Color.DARK_GRAY);
                g.fillOval(6 + i, 6, 18, 18);
                g.dispose();
                ImageIO.write(image, "png", folder.resolve("shape" + i + ".png").toFile());
            }
        }
        Path run = temp.resolve("run");
        TrainingSnapshot end = engine.startTraining(new TrainingRequest(ModelFamily.CYCLEGAN, temp.resolve("shapes"), run,
                Map.ofEntries(Map.entry("imageSize", "32"), Map.entry("channelsA", "grey"),
                        Map.entry("channelsB", "colour"), Map.entry("generatorFeatures", "4"),
                        Map.entry("residualBlocks", "1"), Map.entry("discriminatorFeatures", "4"),
                        Map.entry("steps", "2"), Map.entry("batchSize", "1"), Map.entry("previewEvery", "2"),
                        Map.entry("checkpointEvery", "2"), Map.entry("lambdaIdentity", "0")), DevicePreference.CPU), s -> { }).completion()
                .get(90, TimeUnit.SECONDS);
        assertThat(end.state()).as(end.message()).isEqualTo(TrainingState.COMPLETED);
        return engine.listCheckpoints(run).get(0).directory();
    }

    @Test
    void aTinyTrainedCycleganOpensByHandAndTranslatesEitherWay(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.session().problemProperty().get().isEmpty());
        Path checkpoint = tinyCheckpoint();
        robot.interact(() -> model.session().openModelFolder(checkpoint));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.session().modelProperty().get() != null);
        Path picture = temp.resolve("shapes/B/shape0.png");
        robot.interact(() -> model.directionProperty().set(TranslationDirection.B_TO_A));
        robot.interact(() -> model.openPicture(picture));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.resultProperty().get() != null
                && !model.translatingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Translation back = model.resultProperty().get();
        assertThat(back.direction()).isEqualTo(TranslationDirection.B_TO_A);
        assertThat(back.output().getWidth()).isEqualTo(32);
        assertThat(back.output().getColorModel().getNumColorComponents()).as("A is grey").isEqualTo(1);
        assertThat(robot.lookup("#unpaired-message").queryAs(Label.class).getText()).isEmpty();

        robot.clickOn("#unpaired-a-to-b");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.resultProperty().get().direction()
                == TranslationDirection.A_TO_B && !model.translatingProperty().get());
        assertThat(model.resultProperty().get().output().getColorModel().getNumColorComponents()).as("B is colour")
                .isEqualTo(3);
    }
}
