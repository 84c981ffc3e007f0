package org.ganstudio.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.engine.api.NumericsReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar when the numeric self-check had to fall back to a slower, safe way of computing. */
@ExtendWith(ApplicationExtension.class)
class MainWindowNumericsTest {

    private static final String FALLBACK = "Safe mode: library convolutions, filters padded to 16 (input gradient off "
            + "by 1.0 at 1 → 1 channels) gave wrong numbers on this computer, so convolutions now use matrix products "
            + "(no library convolution) (correct, slower)";

    @Start
    void start(Stage stage) {
        FakeStudioEngine engine = new FakeStudioEngine(5);
        engine.numerics = new NumericsReport("matrix products (no library convolution)", true, true, FALLBACK, List.of(), 40);
        MainWindow window = new MainWindow(engine, new BackgroundTasks());
        Scene scene = new Scene(window, 1280, 800);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aFallbackIsShownAsAWarningWithTheWholeFindingInTheStatusMessage(FxRobot robot) throws Exception {
        Label numerics = robot.lookup("#status-numerics").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> numerics.getText().equals("Numbers: safe mode"));
        assertThat(numerics.getStyleClass()).contains("status-warning");
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo(FALLBACK);
    }
}
