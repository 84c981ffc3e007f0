package org.ganstudio.app.singan;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ganstudio.app.FakeMultiScaleSampler;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.shell.MainWindow;
import org.ganstudio.engine.api.Engines;
import org.ganstudio.engine.api.StudioEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: PNGs of the SinGAN studio at 1280x800 with the fake sampler, for a person to look at. Runs only when
 * asked, e.g. {@code mvn -B -o -q -pl app test -Dtest=SinganScreenshots -Dscreenshots=app/target/shots
 * -Dsurefire.failIfNoSpecifiedTests=false}; with {@code -Dscreenshots.real=true} on the real engine and the shipped
 * models instead.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class SinganScreenshots {

    private final boolean real = Boolean.getBoolean("screenshots.real");
    private final StudioEngine engine = real ? Engines.create() : new FakeStudioEngine(5);
    private Scene scene;

    @Start
    void start(Stage stage) {
        Path project = Path.of("").toAbsolutePath().getParent(); // surefire runs in app/: the shipped cut-outs
        if (System.getProperty("studio.home") == null && Files.isDirectory(project.resolve("assets"))) {
            System.setProperty("studio.home", project.toString());
        }
        if (engine instanceof FakeStudioEngine fake) {
            fake.singan.install("dune", "Dune", () -> new FakeMultiScaleSampler("dune", 6));
        }
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
        robot.clickOn("#nav-singan");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        robot.drag("#singan-start-scale .thumb", MouseButton.PRIMARY).moveBy(60, 0).drop();
        shoot("singan-samples");
        robot.clickOn("#singan-tab-paint");
        robot.drag("#singan-paint-canvas", MouseButton.PRIMARY).moveBy(80, 30).moveBy(60, -20).drop();
        shoot("singan-paint");
        robot.clickOn("#singan-tab-harmonize");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        robot.drag("#singan-harmonize-canvas", MouseButton.PRIMARY).moveBy(-60, -50).drop();
        robot.clickOn("#singan-harmonize-run");
        shoot("singan-harmonize");

        // a photo without transparency (a held-out cut-out flattened on a pale ground, as a JPEG): brush its mask
        Path photo = Files.createTempFile("canoe-photo", ".jpg");
        BufferedImage cut = ImageIO.read(Path.of(System.getProperty("studio.home"),
                "assets/singan/heldout-objects/canoe.png").toFile());
        BufferedImage flat = new BufferedImage(cut.getWidth(), cut.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = flat.createGraphics();
        g.setColor(new java.awt.Color(225, 225, 215));
        g.fillRect(0, 0, flat.getWidth(), flat.getHeight());
        g.drawImage(cut, 0, 0, null);
        g.dispose();
        ImageIO.write(flat, "jpg", photo.toFile());
        SinganViewModel studio = robot.lookup("#singan-harmonize-canvas").queryAs(javafx.scene.Node.class).getScene()
                .getRoot().lookupAll("*").stream().filter(n -> n instanceof SinganView).map(n -> ((SinganView) n).model())
                .findFirst().orElseThrow();
        robot.interact(() -> {
            studio.harmonize().openObject(photo);
            studio.harmonize().sizeProperty().set(0.5);
            studio.harmonize().moveTo(100, 70);
        });
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        shoot("singan-harmonize-photo-unmasked");
        robot.clickOn("#singan-drag-brush");
        robot.interact(() -> studio.harmonize().brushRadiusProperty().set(4));
        // over the canoe's hull, a little outside it here and there, as a hand would
        for (int dy = 0; dy <= 40; dy += 10) {
            robot.drag("#singan-harmonize-canvas", MouseButton.PRIMARY).moveBy(-90 + dy, 20 + dy / 2).moveBy(180 - 2 * dy, 0)
                    .drop();
        }
        shoot("singan-harmonize-brushing");
        robot.clickOn("#singan-harmonize-run");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        shoot("singan-harmonize-brushed");
        System.clearProperty("studio.home");
    }
}
