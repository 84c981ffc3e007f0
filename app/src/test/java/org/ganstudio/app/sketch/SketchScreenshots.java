package org.ganstudio.app.sketch;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.FakeStudioEngine.FakeTranslator;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: PNGs of the Sketch studio at 1280x800 for a person to look at, with a fake model that fills the
 * closed outline in brown. Runs only when asked for, e.g. {@code mvn -B -o -q -pl app -am test
 * -Dtest=org.ganstudio.app.sketch.SketchScreenshots -Dscreenshots=/tmp/shots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class SketchScreenshots {

    /** A shoe-ish outline in model pixels (64 px page). */
    static final double[][] SHOE = {{8, 46}, {57, 46}, {59, 41}, {55, 36}, {42, 32}, {33, 24}, {29, 13}, {15, 13}, {13, 31},
        {8, 38}, {8, 46}};

    private final FakeStudioEngine engine = new FakeStudioEngine(5);
    private Scene scene;

    @Start
    void start(Stage stage) {
        engine.installTranslator("edges2shoes-64", "Edges to shoes · 64 px", () -> new FakeTranslator("edges2shoes-64", 64,
                Color.RED, 25, List.of(), null) {
            @Override
            public BufferedImage translate(BufferedImage input) {
                super.translate(input);
                return fill(input);
            }
        });
        engine.installTranslator("broken", "Broken model", () -> new FakeTranslator("broken", 64, Color.RED, 1, List.of(),
                "The model's weights are damaged; train it again."));
        scene = new Scene(new MainWindow(engine, new BackgroundTasks()), 1280, 800);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Outside the outline white, inside brown with a little shading, the lines dark. */
    static BufferedImage fill(BufferedImage sketch) {
        int n = sketch.getWidth();
        boolean[] outside = new boolean[n * n];
        ArrayDeque<int[]> todo = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            todo.add(new int[] {i, 0});
            todo.add(new int[] {i, n - 1});
            todo.add(new int[] {0, i});
            todo.add(new int[] {n - 1, i});
        }
        while (!todo.isEmpty()) {
            int[] p = todo.poll();
            int x = p[0];
            int y = p[1];
            if (x < 0 || y < 0 || x >= n || y >= n || outside[y * n + x] || (sketch.getRGB(x, y) & 0xff) < 128) {
                continue;
            }
            outside[y * n + x] = true;
            todo.add(new int[] {x + 1, y});
            todo.add(new int[] {x - 1, y});
            todo.add(new int[] {x, y + 1});
            todo.add(new int[] {x, y - 1});
        }
        BufferedImage out = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                boolean line = (sketch.getRGB(x, y) & 0xff) < 128;
                int shade = (int) (40 * Math.sin(x * 0.2) * Math.cos(y * 0.15));
                Color c = outside[y * n + x] ? new Color(246, 244, 240)
                        : line ? new Color(60, 35, 20) : new Color(150 + shade, 95 + shade / 2, 55);
                out.setRGB(x, y, c.getRGB());
            }
        }
        return out;
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Path folder = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(folder);
        BufferedImage[] image = new BufferedImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = SwingFXUtils.fromFXImage(scene.snapshot(null), null)).get();
        ImageIO.write(image[0], "png", new File(folder.toFile(), name + ".png"));
    }

    @Test
    void shots(FxRobot robot) throws Exception {
        robot.clickOn("#nav-sketch");
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        Canvas canvas = robot.lookup("#sketch-canvas").queryAs(Canvas.class);
        double zoom = canvas.getWidth() / 64;
        robot.moveTo(at(canvas, SHOE[0], zoom)).press(MouseButton.PRIMARY);
        for (double[] p : SHOE) {
            robot.moveTo(at(canvas, p, zoom));
        }
        robot.release(MouseButton.PRIMARY);
        robot.moveTo(at(canvas, new double[] {40, 40}, zoom));
        shoot("sketch-drawn");

        robot.clickOn("#tool-eraser");
        robot.moveTo(at(canvas, new double[] {20, 20}, zoom));
        shoot("sketch-eraser-hover");

        robot.clickOn("#model-choice").clickOn("Broken model");
        shoot("sketch-error");
    }

    private static Point2D at(Canvas canvas, double[] p, double zoom) {
        return canvas.localToScreen(p[0] * zoom, p[1] * zoom);
    }
}
