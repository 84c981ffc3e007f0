package org.ganstudio.app.latent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritablePixelFormat;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.ganstudio.app.shell.MainWindow;
import org.ganstudio.engine.api.Engines;
import org.ganstudio.engine.api.FeatureMaps;
import org.ganstudio.engine.api.LatentBookmark;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Latent studio with the real engine and a shipped DCGAN: principal directions found by the engine, a slider
 * drag, a feature map switched off, bookmarks through the engine's JSON file (damaged file included), a picture the
 * model drew found again by projection, the nearest training images, and a Pix2Pix folder refused.
 */
@ExtendWith(ApplicationExtension.class)
class LatentShippedModelTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    private static String home;
    private StudioEngine engine;
    private GeneratorSession session;
    private LatentViewModel model;

    @TempDir
    Path temp;

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
        session = new GeneratorSession(engine);
        model = new LatentViewModel(session);
        Scene scene = new Scene(new LatentView(model), 1100, 760);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        model.shutdown();
        session.shutdown();
        engine.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void ready() throws Exception {
        waitUntil(() -> model.imageProperty().get() != null && model.sliders().size() >= LatentViewModel.PRINCIPAL_COUNT
                && model.upToDateProperty().get());
        assertThat(session.selectedModelProperty().get().family()).isEqualTo(ModelFamily.DCGAN);
    }

    private void settled() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> model.upToDateProperty().get() && !model.busyProperty().get());
    }

    private int[] shown(FxRobot robot) {
        Image image = robot.lookup("#latent-image").queryAs(ImageView.class).getImage();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, WritablePixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    private String message(FxRobot robot) {
        return robot.lookup("#latent-message").queryAs(Label.class).getText();
    }

    @Test
    void draggingTheFirstPrincipalDirectionChangesTheRealModelsImage(FxRobot robot) throws Exception {
        ready();
        settled();
        int[] before = shown(robot);
        robot.drag("#latent-slider-0 .thumb", MouseButton.PRIMARY).moveBy(120, 0).drop();
        settled();
        assertThat(model.sliders().get(0).amountProperty().get()).isGreaterThan(0.5);
        assertThat(shown(robot)).isNotEqualTo(before);
    }

    @Test
    void switchingOffTheStrongestMapOfALayerChangesTheRealModelsImage(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#tab-maps");
        robot.interact(() -> model.selectedLayerProperty().set(model.layers().get(model.layers().size() - 1)));
        waitUntil(() -> model.mapsProperty().get() != null && robot.lookup("#latent-map-0").tryQuery().isPresent());
        settled();
        FeatureMaps maps = model.mapsProperty().get();
        float[] means = maps.meanActivation();
        int strongest = 0;
        for (int i = 1; i < means.length; i++) {
            strongest = means[i] > means[strongest] ? i : strongest;
        }
        assertThat(means[strongest]).isPositive();
        int[] before = shown(robot);
        int map = strongest;
        robot.interact(() -> model.toggleMap(map));
        settled();
        assertThat(model.maskProperty().get().isOff(maps.layer().index(), map)).isTrue();
        assertThat(shown(robot)).isNotEqualTo(before);
        robot.clickOn("#latent-maps-on");
        settled();
        assertThat(shown(robot)).isEqualTo(before);
    }

    @Test
    void bookmarksGoThroughTheEnginesFileAndADamagedOneIsExplained(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#tab-bookmarks");
        robot.clickOn("#latent-bookmark-name").write("kept");
        robot.clickOn("#latent-bookmark");
        WaitForAsyncUtils.waitForFxEvents();
        float[] kept = model.currentLatent();
        Path file = temp.resolve("bookmarks.json");
        robot.interact(() -> model.saveBookmarks(file));
        waitUntil(() -> message(robot).startsWith("Saved 1 bookmark"));
        assertThat(Files.readString(file)).contains("\"kept\"");
        robot.interact(() -> session.bookmarks().clear());
        robot.interact(() -> model.openBookmarks(file));
        ListView<?> list = robot.lookup("#latent-bookmarks").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 1);
        assertThat(((LatentBookmark) list.getItems().get(0)).latent()).containsExactly(kept);

        Path damaged = temp.resolve("damaged.json");
        Files.writeString(damaged, Files.readString(file).substring(0, 40));
        robot.interact(() -> model.openBookmarks(damaged));
        waitUntil(() -> robot.lookup("#latent-message").query().getStyleClass().contains("error"));
        assertThat(message(robot)).contains("damaged.json");
        assertThat(list.getItems()).hasSize(1);
    }

    /** Mean absolute difference of two grey images of the same size, levels in [0, 1]. */
    private static double difference(java.awt.image.BufferedImage a, java.awt.image.BufferedImage b) {
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                sum += Math.abs((a.getRGB(x, y) & 0xff) - (b.getRGB(x, y) & 0xff));
            }
        }
        return sum / (255.0 * a.getWidth() * a.getHeight());
    }

    /** The step number of a projection's progress message; 0 for another message. */
    private static int stepReported(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(": step (\\d+) of").matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    void projectingAnImageTheModelDrewFindsALatentThatDrawsItClosely(FxRobot robot) throws Exception {
        ready();
        settled();
        java.awt.image.BufferedImage drawn = model.shownImage();
        Path file = temp.resolve("drawn.png");
        javax.imageio.ImageIO.write(drawn, "png", file.toFile());
        robot.interact(() -> model.useSeed(12345)); // another sample
        waitUntil(() -> Long.valueOf(12345).equals(model.seedProperty().get()));
        settled();
        double before = difference(model.shownImage(), drawn);

        robot.interact(() -> model.project(file));
        // the whole 200 steps take minutes on a busy CPU: Cancel after 40, which keeps the best latent so far
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> stepReported(message(robot)) >= 40);
        robot.clickOn("#latent-cancel");
        waitUntil(() -> message(robot).startsWith("Stopped at step"));
        settled();

        double after = difference(model.shownImage(), drawn);
        assertThat(after).as("distance %.4f before, then %s", before, model.projectionSummaryProperty().get())
                .isLessThan(before * 0.6);
        assertThat(robot.lookup("#latent-projection").query().isVisible()).isTrue();
        assertThat(robot.lookup("#latent-projected-found").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(model.seedProperty().get()).isNull();
    }

    @Test
    void theSamplesOwnPictureIsItsNearestTrainingImage(FxRobot robot) throws Exception {
        ready();
        assertThat(model.nearestFolderProperty().get()).isNull(); // the card describes its data, names no folder
        Path data = Files.createDirectories(temp.resolve("data"));
        try (org.ganstudio.engine.api.ImageGenerator own = engine.openGenerator(
                session.selectedModelProperty().get().directory())) { // the model the studio has open
            for (long seed = 1; seed <= 3; seed++) {
                javax.imageio.ImageIO.write(own.generate(new float[][] {own.randomLatent(seed)})[0], "png",
                        data.resolve("sample-" + seed + ".png").toFile());
            }
        }
        for (int level : new int[] {0, 255}) {
            java.awt.image.BufferedImage flat = new java.awt.image.BufferedImage(56, 56,
                    java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            java.awt.Graphics2D g = flat.createGraphics();
            g.setColor(new java.awt.Color(level, level, level));
            g.fillRect(0, 0, 56, 56);
            g.dispose();
            javax.imageio.ImageIO.write(flat, "png", data.resolve("flat-" + level + ".png").toFile());
        }
        robot.interact(() -> model.useSeed(2));
        waitUntil(() -> Long.valueOf(2).equals(model.seedProperty().get()));
        settled();
        robot.clickOn("#tab-nearest");
        robot.interact(() -> model.nearestFolderProperty().set(data));
        robot.clickOn("#latent-find-nearest");
        waitUntil(() -> model.nearest().size() == LatentViewModel.NEAREST);
        assertThat(model.nearest().get(0).file().getFileName().toString()).isEqualTo("sample-2.png");
        assertThat(model.nearest().get(0).distance()).isLessThan(0.002);
        assertThat(model.nearest().get(1).distance()).isGreaterThan(0.01);
        assertThat(robot.lookup("#latent-nearest-0").tryQuery()).isPresent();
    }

    @Test
    void openingAPix2PixFolderAsADcganSaysItIsTheWrongKindOfModel(FxRobot robot) throws Exception {
        ready();
        Path pix2pix = PROJECT.resolve("models/pix2pix-edges2shoes-64");
        robot.interact(() -> session.openModelFolder(pix2pix));
        waitUntil(() -> !session.problemProperty().get().isEmpty());
        String shown = robot.lookup("#latent-model-problem").queryAs(Label.class).getText();
        assertThat(shown).startsWith("Cannot open pix2pix-edges2shoes-64: ").contains("Pix2Pix").contains("not a DCGAN");
        assertThat(robot.lookup("#latent-image-hint").queryAs(Label.class).getText()).isEqualTo(shown);
    }
}
