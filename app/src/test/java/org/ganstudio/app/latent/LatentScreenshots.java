package org.ganstudio.app.latent;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ganstudio.app.FakeGenerator;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.shell.MainWindow;
import org.ganstudio.engine.api.FeatureMask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: PNGs of the Latent and Arithmetic studios at 1280x800 for a person to look at, with a fake 64 px
 * generator that draws a face-like blob from the latent. Runs only when asked for, e.g. {@code mvn -B -o -q -pl app
 * -am test -Dtest=org.ganstudio.app.latent.LatentScreenshots -Dscreenshots=app/target/shots
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class LatentScreenshots {

    private final FakeStudioEngine engine = new FakeStudioEngine(5);
    private Scene scene;

    @Start
    void start(Stage stage) {
        engine.installGenerator("faces-64", "Faces · 64 px", () -> new FakeGenerator("faces-64", 5) {
            @Override
            public int imageSize() {
                return 64;
            }

            @Override
            public BufferedImage generate(float[] z, FeatureMask mask) {
                BufferedImage small = super.generate(z, mask);
                BufferedImage out = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = out.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.drawImage(small, 0, 0, 64, 64, null);
                g.setColor(new Color(235, 200, 170));
                int w = (int) (30 + 6 * z[5]);
                g.fillOval(32 - w / 2 + (int) (4 * z[3]), 14, w, 40);
                g.setColor(Color.DARK_GRAY);
                g.fillOval(24 + (int) (4 * z[3]), 28, 5, 5);
                g.fillOval(36 + (int) (4 * z[3]), 28, 5, 5);
                g.drawArc(25 + (int) (4 * z[3]), 36 + (int) (2 * z[6]), 16, (int) (6 + 4 * z[6]), 180, 180);
                g.dispose();
                return out;
            }
        });
        scene = new Scene(new MainWindow(engine, new BackgroundTasks()), 1280, 800);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Path folder = Path.of(System.getProperty("screenshots"));
        Files.createDirectories(folder);
        BufferedImage[] image = new BufferedImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = SwingFXUtils.fromFXImage(scene.snapshot(null), null)).get();
        ImageIO.write(image[0], "png", new File(folder.toFile(), name + ".png"));
    }

    @Test
    void shots(FxRobot robot) throws Exception {
        robot.clickOn("#nav-latent");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        robot.drag("#latent-slider-0 .thumb").moveBy(40, 0).drop();
        shoot("latent-directions");
        robot.clickOn("#tab-maps");
        robot.clickOn("#latent-layer").clickOn("Layer 1: 4x4, 4 maps");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        robot.clickOn("#latent-map-1");
        shoot("latent-maps");
        robot.clickOn("#tab-interpolate");
        robot.clickOn("#latent-candidate-0").clickOn("#latent-set-a").clickOn("#latent-candidate-3")
                .clickOn("#latent-set-b");
        robot.drag("#latent-t .thumb").moveBy(-120, 0).drop();
        shoot("latent-interpolate");

        robot.clickOn("#nav-arithmetic");
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        robot.clickOn("#arithmetic-candidate-0").clickOn("#arithmetic-candidate-1");
        robot.clickOn("#arithmetic-target-b").clickOn("#arithmetic-candidate-2");
        robot.clickOn("#arithmetic-target-c").clickOn("#arithmetic-candidate-3").clickOn("#arithmetic-candidate-4");
        shoot("arithmetic");
    }
}
