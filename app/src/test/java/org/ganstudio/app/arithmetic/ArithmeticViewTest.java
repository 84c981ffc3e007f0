package org.ganstudio.app.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.ganstudio.app.FakeGenerator;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.arithmetic.ArithmeticViewModel.Slot;
import org.ganstudio.app.latent.GeneratorSession;
import org.ganstudio.app.shell.MainWindow;
import org.ganstudio.engine.api.Latents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Arithmetic view against a {@link FakeGenerator}. */
@ExtendWith(ApplicationExtension.class)
class ArithmeticViewTest {

    private final FakeStudioEngine engine = new FakeStudioEngine(5);
    private GeneratorSession session;
    private ArithmeticViewModel model;

    @Start
    void start(Stage stage) {
        engine.installGenerator("faces", "Faces · 16 px", () -> new FakeGenerator("faces", 2));
        session = new GeneratorSession(engine);
        model = new ArithmeticViewModel(session);
        Scene scene = new Scene(new ArithmeticView(model), 1100, 760);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fillingTheThreeSlotsGivesTheResultOfAMinusBPlusC(FxRobot robot) throws Exception {
        waitUntil(() -> model.candidates().size() == ArithmeticViewModel.CANDIDATES);
        robot.clickOn("#arithmetic-candidate-0").clickOn("#arithmetic-candidate-1");
        robot.clickOn("#arithmetic-target-b").clickOn("#arithmetic-candidate-2");
        waitUntil(() -> model.upToDateProperty().get());
        assertThat(robot.lookup("#arithmetic-mean-a").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#arithmetic-result").queryAs(ImageView.class).getImage()).isNull();
        robot.clickOn("#arithmetic-target-c").clickOn("#arithmetic-candidate-3");
        waitUntil(() -> model.upToDateProperty().get() && model.blendImageProperty().get() != null);
        assertThat(model.exemplars(Slot.A)).hasSize(2);
        float[] expected = Latents.arithmetic(
                Latents.mean(List.of(model.candidates().get(0).latent(), model.candidates().get(1).latent())),
                model.candidates().get(2).latent(), model.candidates().get(3).latent());
        assertThat(model.resultLatentProperty().get()).containsExactly(expected);
        assertThat(robot.lookup("#arithmetic-result").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#arithmetic-grid").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#arithmetic-blend").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#arithmetic-message").queryAs(Label.class).getText()).startsWith("Result:");

        robot.clickOn("#arithmetic-result-name").write("result one");
        robot.clickOn("#arithmetic-save-result");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.bookmarks()).hasSize(1);
        assertThat(session.bookmarks().get(0).latent()).containsExactly(expected);

        robot.clickOn("#arithmetic-clear-b");
        waitUntil(() -> model.upToDateProperty().get());
        assertThat(robot.lookup("#arithmetic-result").queryAs(ImageView.class).getImage()).isNull();
    }
}
