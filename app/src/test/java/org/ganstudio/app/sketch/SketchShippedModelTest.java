package org.ganstudio.app.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.shell.MainWindow;
import org.ganstudio.engine.api.Engines;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.metrics.DrawingScore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Sketch studio with the real engine and the shipped edges-to-shoes model, as a person uses it: a thin-line
 * drawing made by someone else, opened from disk, and a shoe drawn with the thickest pen both come out as
 * filled shoes. "Filled" is the drawing test's own measure ({@link DrawingScore}): dark inside the drawing's
 * outline and white outside, at least the pass mark of the model card, and dark enough not to be a faint smudge.
 */
@ExtendWith(ApplicationExtension.class)
class SketchShippedModelTest {

    /** The model card's pass mark for the shoe fill. */
    private static final double PASS = 0.40;
    /** Below this mean darkness inside the outline a shoe is faint. */
    private static final double NOT_FAINT = 0.45;
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    private static String home;
    private StudioEngine engine;
    private SketchViewModel model;

    @BeforeAll
    static void useTheProjectsModels() {
        home = System.getProperty("studio.home");
        System.setProperty("studio.home", PROJECT.toString());
    }

    @AfterAll
    static void restore() {
        if (home == null) {
            System.clearProperty("studio.home");
        } else {
            System.setProperty("studio.home", home);
        }
    }

    @Start
    void start(Stage stage) {
        engine = Engines.create();
        model = new SketchViewModel(engine, new BackgroundTasks());
        Scene scene = new Scene(new SketchView(model), 1100, 760);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        model.shutdown();
        engine.close();
    }

    private void ready() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> model.modelOpenProperty().get() && model.upToDateProperty().get());
        assertThat(model.selectedModelProperty().get().id()).isEqualTo("pix2pix-edges2shoes-64");
    }

    private DrawingScore shownScore() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model.upToDateProperty().get() && model.shown() != null && !model.shown().refused());
        WaitForAsyncUtils.waitForFxEvents();
        Translation shown = model.shown();
        return DrawingScore.of(shown.prepared().image(), shown.output());
    }

    @Test
    void aThinLineDrawingMadeBySomeoneElseOpensAsAFilledShoe() throws Exception {
        ready();
        for (String drawing : new String[] {"openmoji-cc-by-sa/running-shoe.png", "openmoji-cc-by-sa/womans-boot.png"}) {
            long before = model.shown() == null ? -1 : model.shown().revision();
            model.openSketch(PROJECT.resolve("assets/drawings/shoes").resolve(drawing));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.shown() != null && model.shown().revision() != before);
            DrawingScore score = shownScore();
            assertThat(score.closed()).as(drawing + ": closed outline").isTrue();
            assertThat(score.shoeFill()).as(drawing + ": shoe fill " + score).isGreaterThanOrEqualTo(PASS);
            assertThat(score.insideDarkness()).as(drawing + ": darkness inside " + score).isGreaterThanOrEqualTo(NOT_FAINT);
        }
    }

    @Test
    void aShoeDrawnWithTheThickestPenComesOutFilled(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#pen-size-32");
        assertThat(model.penSizeProperty().get()).isEqualTo(32);
        Canvas canvas = robot.lookup("#sketch-canvas").queryAs(Canvas.class);
        double scale = canvas.getWidth() / 64;
        double[][] shoe = SketchScreenshots.SHOE;
        robot.moveTo(at(canvas, shoe[0], scale)).press(MouseButton.PRIMARY);
        for (int i = 1; i < shoe.length; i++) {
            robot.moveTo(at(canvas, shoe[i], scale));
        }
        robot.release(MouseButton.PRIMARY);
        DrawingScore score = shownScore();
        assertThat(score.closed()).as("closed outline").isTrue();
        assertThat(score.shoeFill()).as("shoe fill " + score).isGreaterThanOrEqualTo(PASS);
        assertThat(score.insideDarkness()).as("darkness inside " + score).isGreaterThanOrEqualTo(NOT_FAINT);
    }

    private static Point2D at(Canvas canvas, double[] point, double scale) {
        return canvas.localToScreen(point[0] * scale, point[1] * scale);
    }
}
