package org.ganstudio.app.latent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.ganstudio.app.FakeGenerator;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.shell.MainWindow;
import org.ganstudio.engine.api.LatentBookmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Latent view against a {@link FakeGenerator} (a colour and a white square drawn from the latent). */
@ExtendWith(ApplicationExtension.class)
class LatentViewTest {

    private final FakeStudioEngine engine = new FakeStudioEngine(5);
    private GeneratorSession session;
    private LatentViewModel model;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        engine.installGenerator("faces", "Faces · 16 px", () -> new FakeGenerator("faces", 2));
        session = new GeneratorSession(engine);
        model = new LatentViewModel(session);
        Scene scene = new Scene(new LatentView(model), 1100, 760);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void ready() throws Exception {
        waitUntil(() -> model.imageProperty().get() != null && model.sliders().size() == LatentViewModel.PRINCIPAL_COUNT
                && model.candidates().size() == LatentViewModel.CANDIDATES && model.upToDateProperty().get());
    }

    private void settled() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> model.upToDateProperty().get() && !model.busyProperty().get());
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.WritablePixelFormat.getIntArgbInstance(), argb, 0,
                w);
        return argb;
    }

    private int[] shown(FxRobot robot) {
        return pixels(robot.lookup("#latent-image").queryAs(ImageView.class).getImage());
    }

    private String message(FxRobot robot) {
        return robot.lookup("#latent-message").queryAs(Label.class).getText();
    }

    @Test
    void draggingADirectionSliderChangesTheImage(FxRobot robot) throws Exception {
        ready();
        robot.doubleClickOn("#latent-seed").write("42").type(javafx.scene.input.KeyCode.ENTER); // a known sample
        waitUntil(() -> Long.valueOf(42).equals(model.seedProperty().get()));
        settled();
        int[] before = shown(robot);
        Slider pc1 = robot.lookup("#latent-slider-0").queryAs(Slider.class); // PC 1 is the red of the background
        robot.drag("#latent-slider-0 .thumb", MouseButton.PRIMARY).moveBy(90, 0).drop();
        settled();
        assertThat(pc1.getValue()).isGreaterThan(0.5);
        assertThat(shown(robot)).isNotEqualTo(before);
        assertThat(model.shownLatent()).containsExactly(model.currentLatent());
    }

    @Test
    void clickingACandidateMakesItTheCurrentSample(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#latent-candidate-2");
        settled();
        assertThat(model.currentLatent()).containsExactly(model.candidates().get(2).latent());
        assertThat(robot.lookup("#latent-seed").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(String.valueOf(model.candidates().get(2).seed()));
    }

    @Test
    void switchingAFeatureMapOffChangesTheOutputAndShowsTheBeforeImage(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#tab-maps");
        robot.clickOn("#latent-layer").clickOn("Layer 1: 4x4, 4 maps");
        waitUntil(() -> robot.lookup("#latent-map-0").tryQuery().isPresent());
        settled();
        int[] before = shown(robot);
        assertThat(robot.lookup("#latent-compare").query().isVisible()).isFalse();
        robot.clickOn("#latent-map-0");
        settled();
        assertThat(shown(robot)).isNotEqualTo(before);
        assertThat(robot.lookup("#latent-map-0").query().getStyleClass()).contains("off");
        assertThat(robot.lookup("#latent-compare").query().isVisible()).isTrue();
        robot.clickOn("#latent-maps-on");
        settled();
        assertThat(shown(robot)).isEqualTo(before);
    }

    @Test
    void aBookmarkIsSavedToAFileAndReloaded(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#tab-bookmarks");
        robot.clickOn("#latent-bookmark-name").write("first");
        robot.clickOn("#latent-bookmark");
        WaitForAsyncUtils.waitForFxEvents();
        float[] kept = model.currentLatent();
        ListView<?> list = robot.lookup("#latent-bookmarks").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        Path file = temp.resolve("bookmarks.json");
        robot.interact(() -> model.saveBookmarks(file)); // the file dialog itself cannot be driven headless
        waitUntil(() -> message(robot).startsWith("Saved 1 bookmark"));
        robot.interact(() -> session.bookmarks().clear());
        robot.clickOn("#latent-new-sample");
        settled();
        assertThat(model.currentLatent()).isNotEqualTo(kept);
        robot.interact(() -> model.openBookmarks(file));
        waitUntil(() -> list.getItems().size() == 1);
        assertThat(((LatentBookmark) list.getItems().get(0)).name()).isEqualTo("first");
        robot.clickOn("first");
        robot.clickOn("#latent-load-bookmark");
        settled();
        assertThat(model.shownLatent()).containsExactly(kept);
    }

    @Test
    void aDamagedBookmarkFileShowsAClearMessage(FxRobot robot) throws Exception {
        ready();
        Path damaged = temp.resolve("notes.json");
        Files.writeString(damaged, "{\"these\": \"are not bookmarks\"");
        robot.interact(() -> model.openBookmarks(damaged));
        waitUntil(() -> message(robot).contains(FakeStudioEngine.DAMAGED_BOOKMARKS));
        assertThat(message(robot)).isEqualTo("notes.json " + FakeStudioEngine.DAMAGED_BOOKMARKS + ".");
        assertThat(robot.lookup("#latent-message").query().getStyleClass()).contains("error");
        assertThat(robot.lookup("#latent-image").queryAs(ImageView.class).getImage()).isNotNull();
    }

    @Test
    void interpolationBetweenAAndBFollowsTheTSlider(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#tab-interpolate");
        robot.clickOn("#latent-candidate-0");
        settled();
        robot.clickOn("#latent-set-a");
        robot.clickOn("#latent-candidate-1");
        settled();
        robot.clickOn("#latent-set-b");
        assertThat(robot.lookup("#latent-a-image").queryAs(ImageView.class).getImage()).isNotNull();
        robot.interact(() -> model.tProperty().set(0));
        settled();
        assertThat(model.shownLatent()).containsExactly(model.candidates().get(0).latent());
        robot.drag("#latent-t .thumb", MouseButton.PRIMARY).moveBy(1000, 0).drop();
        settled();
        assertThat(model.tProperty().get()).isEqualTo(1.0);
        assertThat(model.shownLatent()).containsExactly(model.candidates().get(1).latent());
        robot.clickOn("#latent-play");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        robot.clickOn("#latent-play");
        assertThat(model.tProperty().get()).isLessThan(1.0);
    }

    private Path orangePng(String name) throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                image.setRGB(x, y, 0xd0602a);
            }
        }
        Path file = temp.resolve(name);
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void findingAPicturesLatentMakesItTheSampleAndShowsTargetBesideFound(FxRobot robot) throws Exception {
        ready();
        settled();
        float[] before = model.currentLatent();
        assertThat(robot.lookup("#latent-projection").query().isVisible()).isFalse();
        assertThat(robot.lookup("#latent-project").query().isDisabled()).isFalse();
        Path file = orangePng("orange.png");
        robot.interact(() -> model.project(file)); // the file dialog itself cannot be driven headless
        waitUntil(() -> message(robot).startsWith("Found the latent nearest to orange.png"));
        settled();
        assertThat(robot.lookup("#latent-projection").query().isVisible()).isTrue();
        assertThat(robot.lookup("#latent-projected-target").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#latent-projected-found").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#latent-projection-summary").queryAs(Label.class).getText()).contains("orange.png");
        assertThat(model.currentLatent()).isNotEqualTo(before);
        assertThat(model.shownLatent()).containsExactly(model.currentLatent());
        waitUntil(() -> model.latencyCount() > 0); // the projected sample is a change timed to the screen
        assertThat(robot.lookup("#latent-latency").queryAs(Label.class).getText())
                .matches("\\d+ ms to screen \u00b7 median \\d+ ms");
    }

    @Test
    void aFileThatIsNotAPictureShowsAClearMessage(FxRobot robot) throws Exception {
        ready();
        settled();
        Path notes = temp.resolve("holiday.jpg");
        Files.writeString(notes, "words, not pixels");
        float[] before = model.currentLatent();
        robot.interact(() -> model.project(notes));
        waitUntil(() -> robot.lookup("#latent-message").query().getStyleClass().contains("error"));
        settled();
        assertThat(message(robot)).contains("holiday.jpg");
        assertThat(robot.lookup("#latent-projection").query().isVisible()).isFalse();
        assertThat(model.currentLatent()).containsExactly(before);
    }

    @Test
    void theMemorisedTabShowsTheNearestTrainingImagesWithTheirDistances(FxRobot robot) throws Exception {
        ready();
        settled();
        Path data = Files.createDirectories(temp.resolve("data"));
        javax.imageio.ImageIO.write(model.shownImage(), "png", data.resolve("own.png").toFile());
        orangePng("data/orange.png");
        robot.clickOn("#tab-nearest");
        assertThat(robot.lookup("#latent-find-nearest").query().isDisabled()).isTrue(); // no folder yet
        robot.interact(() -> model.nearestFolderProperty().set(data)); // the folder dialog cannot be driven headless
        robot.clickOn("#latent-find-nearest");
        waitUntil(() -> robot.lookup("#latent-nearest-1").tryQuery().isPresent());
        assertThat(robot.lookup("#latent-nearest-query").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(model.nearest().get(0).file().getFileName().toString()).isEqualTo("own.png");
        assertThat(robot.lookup("#latent-nearest").queryAs(javafx.scene.layout.HBox.class).getChildren().stream()
                .flatMap(n -> n.lookupAll(".label").stream()).map(n -> ((Label) n).getText())).contains("0.000");
        assertThat(message(robot)).contains("0.000 per pixel");
    }
}
