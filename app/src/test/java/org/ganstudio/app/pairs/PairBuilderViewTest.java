package org.ganstudio.app.pairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.shell.MainWindow;
import org.ganstudio.engine.api.EdgeMethod;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.PairInputKind;
import org.ganstudio.engine.api.SkippedFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real pair builder view against a fake engine: folder, live preview, sliders, build, cancel, use. */
@ExtendWith(ApplicationExtension.class)
class PairBuilderViewTest {

    @TempDir
    Path temp;

    private final FakeStudioEngine engine = new FakeStudioEngine(1);
    private final AtomicReference<Path> used = new AtomicReference<>();
    private PairBuilderViewModel model;

    @Start
    void start(Stage stage) {
        model = new PairBuilderViewModel(engine, used::set);
        Scene scene = new Scene(new PairBuilderView(model), 1000, 900);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        engine.pairSteps.release(10_000);
        model.shutdown();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path photos(int n) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("shoes"));
        for (int i = 0; i < n; i++) {
            BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 60, 40);
            g.setColor(new Color(40 * i, 30, 90));
            g.fillOval(15, 8, 30, 24);
            g.dispose();
            ImageIO.write(image, "png", folder.resolve("shoe" + i + ".png").toFile());
        }
        return folder;
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node instanceof Label label ? label.getText() : ((TextField) node).getText();
    }

    private static boolean rowShown(FxRobot robot, String id) {
        Node slider = robot.lookup(id).query();
        return slider.getParent().isVisible() && slider.getParent().getParent().isVisible();
    }

    @Test
    void aTypedFolderPreviewsItsFirstPhotoAndASliderUpdatesTheEdges(FxRobot robot) throws Exception {
        Path folder = photos(3);
        robot.clickOn("#pairs-photos").write(folder.toString()).type(KeyCode.ENTER);
        ImageView input = robot.lookup("#pairs-preview-input").queryAs(ImageView.class);
        ImageView photo = robot.lookup("#pairs-preview-photo").queryAs(ImageView.class);
        waitUntil(() -> input.getImage() != null && photo.getImage() != null);

        assertThat(text(robot, "#pairs-folder-message")).isEqualTo("3 photos in " + folder + ".");
        assertThat(text(robot, "#pairs-output")).isEqualTo(folder + "-pairs");
        assertThat(text(robot, "#pairs-photo-name")).isEqualTo("shoe0.png (1 of 3)");
        assertThat(input.getImage().getWidth()).isEqualTo(256);
        Image before = input.getImage();
        String sigmaBefore = text(robot, "#pairs-sigma-value");

        robot.drag("#pairs-sigma .thumb").moveBy(80, 0).drop();
        waitUntil(() -> input.getImage() != before && !engine.previewSettings.isEmpty()
                && last(engine.previewSettings).sigma() > EdgeSettings.xdog().sigma() + 0.2);
        assertThat(text(robot, "#pairs-sigma-value")).isNotEqualTo(sigmaBefore);
        assertThat(last(engine.previewSettings).sigma()).isEqualTo(model.sigmaProperty().get());

        robot.clickOn("#pairs-next-photo");
        waitUntil(() -> text(robot, "#pairs-photo-name").equals("shoe1.png (2 of 3)"));
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    @Test
    void eachMethodShowsItsOwnSlidersAndGreyNeedsNone(FxRobot robot) throws Exception {
        assertThat(rowShown(robot, "#pairs-tau")).isTrue();
        assertThat(rowShown(robot, "#pairs-low")).isFalse();

        robot.clickOn("#pairs-method").clickOn("Canny");
        waitUntil(() -> model.methodProperty().get() == EdgeMethod.CANNY);
        assertThat(rowShown(robot, "#pairs-low")).isTrue();
        assertThat(rowShown(robot, "#pairs-high")).isTrue();
        assertThat(rowShown(robot, "#pairs-tau")).isFalse();
        assertThat(rowShown(robot, "#pairs-phi")).isFalse();

        robot.clickOn("#pairs-input").clickOn(PairInputKind.GREY.displayName());
        waitUntil(() -> model.inputProperty().get() == PairInputKind.GREY);
        assertThat(robot.lookup("#pairs-edge-settings").query().isVisible()).isFalse();
        assertThat(robot.lookup("#pairs-grey-hint").query().isVisible()).isTrue();
    }

    @Test
    void aBuildShowsProgressCancelKeepsWhatWasBuiltAndUseHandsTheFolderOver(FxRobot robot) throws Exception {
        robot.interact(() -> model.photosProperty().set(Path.of("/data/shoes").toString()));
        Button build = robot.lookup("#build-pairs").queryButton();
        Button cancel = robot.lookup("#pairs-cancel").queryButton();
        Button use = robot.lookup("#pairs-use").queryButton();
        assertThat(cancel.isDisabled()).isTrue();

        robot.clickOn(build);
        waitUntil(() -> build.isDisabled() && !cancel.isDisabled());
        engine.pairSteps.release(4);
        ProgressBar progress = robot.lookup("#pairs-progress").queryAs(ProgressBar.class);
        waitUntil(() -> progress.getProgress() == 0.4);
        assertThat(text(robot, "#pairs-progress-text")).isEqualTo("4 of 10 · photo4.png");
        assertThat(use.isDisabled()).isTrue();

        robot.clickOn(cancel);
        waitUntil(() -> !build.isDisabled());
        assertThat(text(robot, "#pairs-result"))
                .isEqualTo("Cancelled: wrote 4 pairs (3 train, 1 val). Build again to finish the rest.");
        assertThat(progress.getProgress()).isEqualTo(0.4);
        assertThat(use.isDisabled()).isFalse();

        robot.clickOn(use);
        assertThat(used.get()).isEqualTo(Path.of("/data/shoes-pairs"));
    }

    @Test
    void aFinishedBuildCountsThePairsAndListsTheSkippedFiles(FxRobot robot) throws Exception {
        engine.pairSkipped = List.of(new SkippedFile("broken.jpg", "the file is cut short (truncated) or damaged"));
        engine.pairSteps.release(10);
        ListView<?> skipped = robot.lookup("#pairs-skipped").queryAs(ListView.class);
        assertThat(skipped.isVisible()).isFalse();
        robot.interact(() -> model.photosProperty().set(Path.of("/data/shoes").toString()));

        robot.clickOn("#build-pairs");
        waitUntil(() -> !text(robot, "#pairs-result").isEmpty());

        assertThat(text(robot, "#pairs-result")).isEqualTo("Wrote 10 pairs (8 train, 2 val); 1 skipped.");
        assertThat(skipped.isVisible()).isTrue();
        assertThat(skipped.getItems()).hasSize(1);
        assertThat(skipped.getItems().get(0).toString()).contains("broken.jpg").contains("truncated");
        assertThat(robot.lookup("#pairs-progress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
    }

    @Test
    void aMissingFolderIsExplainedBeforeAndOnBuild(FxRobot robot) throws Exception {
        String missing = Path.of("/data/missing").toString();
        robot.clickOn("#pairs-photos").write(missing).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#pairs-folder-message").startsWith("There is no folder"));
        assertThat(robot.lookup("#pairs-preview-input").queryAs(ImageView.class).getImage()).isNull();

        robot.clickOn("#build-pairs");
        waitUntil(() -> !text(robot, "#pairs-result").isEmpty());
        assertThat(text(robot, "#pairs-result")).isEqualTo("The folder " + missing + " does not exist.");
        assertThat(robot.lookup("#pairs-use").queryButton().isDisabled()).isTrue();
    }
}
