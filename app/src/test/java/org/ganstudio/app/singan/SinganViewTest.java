package org.ganstudio.app.singan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.ganstudio.app.FakeMultiScaleSampler;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real SinGAN view against a {@link FakeMultiScaleSampler} (5 scales, 48x32 training picture). */
@ExtendWith(ApplicationExtension.class)
class SinganViewTest {

    private final FakeStudioEngine engine = new FakeStudioEngine(5);
    private SinganViewModel model;

    @TempDir
    static Path objects;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) throws Exception {
        engine.singan.install("dune", "Dune", () -> new FakeMultiScaleSampler("dune", 5));
        engine.installGenerator("faces", "Faces", () -> new org.ganstudio.app.FakeGenerator("faces"));
        writeObject(objects.resolve("ball.png"));
        model = new SinganViewModel(new SamplerSession(engine), objects);
        Scene scene = new Scene(new SinganView(model), 1080, 760);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** A red disc on a transparent ground. */
    static void writeObject(Path file) throws Exception {
        BufferedImage ball = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = ball.createGraphics();
        g.setColor(Color.RED);
        g.fillOval(0, 0, 20, 20);
        g.dispose();
        ImageIO.write(ball, "png", file.toFile());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void ready() throws Exception {
        waitUntil(() -> model.resultProperty().get() != null && model.samples().stripProperty().get() != null);
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.WritablePixelFormat.getIntArgbInstance(), argb,
                0, w);
        return argb;
    }

    private int[] shown(FxRobot robot) {
        return pixels(robot.lookup("#singan-result").queryAs(ImageView.class).getImage());
    }

    private String message(FxRobot robot) {
        return robot.lookup("#singan-message").queryAs(Label.class).getText();
    }

    @Test
    void theInstalledModelOpensWithItsTrainingPictureAndAFolderOfAnotherFamilySaysWhy(FxRobot robot) throws Exception {
        ready();
        Image training = robot.lookup("#singan-training").queryAs(ImageView.class).getImage();
        assertThat(training.getWidth()).isEqualTo(FakeMultiScaleSampler.WIDTH);
        robot.interact(() -> model.samplerSession().openModelFolder(Path.of("/runs/faces-dcgan")));
        waitUntil(() -> !model.samplerSession().problemProperty().get().isEmpty());
        assertThat(robot.lookup("#singan-model-problem").queryAs(Label.class).getText())
                .contains("faces-dcgan is not a SinGAN model");
        assertThat(model.samplerSession().sampler()).isNotNull(); // the open model stays open
        assertThat(model.samplerSession().models()).hasSize(1);
    }

    @Test
    void changingTheStartScaleChangesTheSamples(FxRobot robot) throws Exception {
        ready();
        int[] before = shown(robot);
        robot.drag("#singan-start-scale .thumb", MouseButton.PRIMARY).moveBy(200, 0).drop();
        waitUntil(() -> model.resultProperty().get().scales().get(0) > 0 && model.samples().isIdle());
        assertThat(model.samples().startScaleProperty().get()).isGreaterThan(0);
        assertThat(shown(robot)).isNotEqualTo(before);
        robot.clickOn("#singan-size-2x");
        waitUntil(() -> model.resultProperty().get().settings().get("width").equals(2 * FakeMultiScaleSampler.WIDTH)
                && model.samples().isIdle());
        assertThat(model.resultProperty().get().settings()).containsEntry("height", FakeMultiScaleSampler.HEIGHT);
    }

    @Test
    void aPaintedStrokeGivesAResultThatDiffersFromTheUnpaintedOne(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#singan-tab-paint");
        waitUntil(() -> model.resultProperty().get() != null && "paint-to-image".equals(model.resultProperty().get()
                .tool()));
        int[] unpainted = shown(robot);
        robot.drag("#singan-paint-canvas", MouseButton.PRIMARY).moveBy(80, 30).moveBy(60, -20).drop();
        waitUntil(() -> model.paint().isIdle());
        assertThat(shown(robot)).isNotEqualTo(unpainted);
        assertThat(robot.lookup("#singan-show-before").query().isDisabled()).isFalse();
        robot.clickOn("#singan-paint-undo");
        waitUntil(() -> model.paint().isIdle());
        assertThat(shown(robot)).isEqualTo(unpainted);

        robot.interact(() -> model.paint().colourProperty().set(javafx.scene.paint.Color.rgb(30, 60, 200)));
        robot.clickOn("#singan-paint-fill");
        waitUntil(() -> model.paint().isIdle());
        Image page = robot.lookup("#singan-paint-canvas").queryAs(ImageView.class).getImage();
        assertThat(page.getPixelReader().getArgb(0, 0) & 0xFFFFFF).as("a blank page in the brush colour")
                .isEqualTo(0x1E3CC8);
        assertThat(page.getPixelReader().getArgb((int) page.getWidth() - 1, (int) page.getHeight() - 1) & 0xFFFFFF)
                .isEqualTo(0x1E3CC8);
        assertThat(model.resultProperty().get().input().getRGB(5, 5) & 0xFFFFFF).as("the page went to the model")
                .isEqualTo(0x1E3CC8);
        robot.clickOn("#singan-paint-undo");
        waitUntil(() -> model.paint().isIdle());
        assertThat(shown(robot)).as("undone: the picture again").isEqualTo(unpainted);
    }

    /** Where a picture pixel is on the screen, in a view that shows the picture scaled. */
    private static javafx.geometry.Point2D onScreen(ImageView view, double px, double py) {
        javafx.geometry.Bounds b = view.localToScreen(view.getBoundsInLocal());
        Image image = view.getImage();
        return new javafx.geometry.Point2D(b.getMinX() + px * b.getWidth() / image.getWidth(),
                b.getMinY() + py * b.getHeight() / image.getHeight());
    }

    private static int whitePixels(BufferedImage mask, int fromX, int toX) {
        int white = 0;
        for (int y = 0; y < mask.getHeight(); y++) {
            for (int x = fromX; x < toX; x++) {
                white += (mask.getRGB(x, y) & 0xff) > 128 ? 1 : 0;
            }
        }
        return white;
    }

    @Test
    void aPhotoWithoutTransparencyIsPastedThroughAMaskBrushedOverIt(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#singan-tab-harmonize");
        waitUntil(() -> model.harmonize().objectProperty().get() != null);
        // a photo: an opaque green square with a grey ground, no alpha (as from a JPEG)
        BufferedImage photo = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 20, 20);
        g.setColor(Color.GREEN);
        g.fillRect(5, 5, 10, 10);
        g.dispose();
        Path file = temp.resolve("photo.png");
        ImageIO.write(photo, "png", file.toFile());
        robot.interact(() -> {
            model.harmonize().openObject(file);
            model.harmonize().sizeProperty().set(0.8); // 26 x 26 picture pixels, centred on (24, 16)
        });
        waitUntil(() -> model.harmonize().objectProperty().get() != null
                && model.harmonize().objectProperty().get().getRGB(10, 10) == (0xff000000 | Color.GREEN.getRGB()));
        assertThat(robot.lookup("#singan-mask-reset").queryButton().isDisabled()).isTrue();
        var box = robot.lookup("#singan-object-choice").queryComboBox();
        waitUntil(() -> box.getSkin() instanceof javafx.scene.control.skin.ComboBoxListViewSkin<?> skin
                && skin.getDisplayNode() instanceof javafx.scene.control.ListCell<?> shown
                && "photo".equals(shown.getText())); // the opened file is named in the choice

        robot.clickOn("#singan-drag-brush");
        robot.interact(() -> model.harmonize().brushRadiusProperty().set(2));
        ImageView canvas = robot.lookup("#singan-harmonize-canvas").queryAs(ImageView.class);
        double x0 = model.harmonize().xProperty().get();
        double y0 = model.harmonize().yProperty().get();
        // one stroke down the left half of the object only
        robot.moveTo(onScreen(canvas, x0 - 6, y0 - 8)).press(MouseButton.PRIMARY);
        for (int dy = -7; dy <= 8; dy++) {
            robot.moveTo(onScreen(canvas, x0 - 6, y0 + dy));
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.harmonize().xProperty().get()).as("brushing does not move the object").isEqualTo(x0);
        assertThat(robot.lookup("#singan-mask-reset").queryButton().isDisabled()).isFalse();

        robot.clickOn("#singan-harmonize-run");
        waitUntil(() -> model.resultProperty().get() != null && "harmonization".equals(model.resultProperty().get()
                .tool()));
        ToolResult r = model.resultProperty().get();
        int left = whitePixels(r.mask(), 0, (int) x0);
        int right = whitePixels(r.mask(), (int) x0, r.mask().getWidth());
        assertThat(left).as("the brushed stroke is the mask").isGreaterThan(20);
        assertThat(right).as("the unbrushed half of an opaque photo is left out").isLessThan(left / 4);
        assertThat(r.settings()).containsEntry("objectMask", "brushed");

        robot.clickOn("#singan-mask-reset");
        robot.clickOn("#singan-drag-move");
        robot.clickOn("#singan-harmonize-run");
        waitUntil(() -> model.resultProperty().get() != r && "transparency".equals(
                model.resultProperty().get().settings().get("objectMask")));
        assertThat(whitePixels(model.resultProperty().get().mask(), (int) x0, r.mask().getWidth()))
                .as("reset: the whole opaque photo is the mask again").isGreaterThan(100);
    }

    @Test
    void aPastedObjectIsMovedAndHarmonizedWithItsShapeAsTheMask(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#singan-tab-harmonize");
        waitUntil(() -> model.harmonize().objectProperty().get() != null);
        robot.drag("#singan-harmonize-canvas", MouseButton.PRIMARY).moveBy(-100, -40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.harmonize().xProperty().get()).isLessThan(FakeMultiScaleSampler.WIDTH / 2.0);
        robot.clickOn("#singan-harmonize-run");
        waitUntil(() -> model.resultProperty().get() != null && "harmonization".equals(model.resultProperty().get()
                .tool()));
        ToolResult r = model.resultProperty().get();
        BufferedImage mask = r.mask();
        assertThat(mask).isNotNull();
        int white = 0;
        for (int y = 0; y < mask.getHeight(); y++) {
            for (int x = 0; x < mask.getWidth(); x++) {
                white += (mask.getRGB(x, y) & 0xff) > 128 ? 1 : 0;
            }
        }
        assertThat(white).isGreaterThan(20).isLessThan(mask.getWidth() * mask.getHeight() / 2);
        assertThat(r.image()).isNotNull();
        int[] after = shown(robot);
        robot.clickOn("#singan-show-before");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot)).isNotEqualTo(after);
    }

    @Test
    void anEditMovesARegionAndInjectsWithTheMovedRegionAsTheMask(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#singan-tab-edit");
        robot.interact(() -> model.edit().moveRegion(new java.awt.Rectangle(4, 4, 10, 8), 20, 12));
        robot.clickOn("#singan-edit-run");
        waitUntil(() -> model.resultProperty().get() != null && "editing".equals(model.resultProperty().get().tool()));
        BufferedImage mask = model.resultProperty().get().mask();
        assertThat(mask.getRGB(28, 20) & 0xff).isEqualTo(255); // the target
        assertThat(mask.getRGB(8, 8) & 0xff).isEqualTo(255); // the place it left
        assertThat(mask.getRGB(45, 2) & 0xff).isEqualTo(0);
    }

    @Test
    void superResolutionDoublesTheSize(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#singan-tab-enlarge");
        robot.clickOn("#singan-enlarge-2");
        waitUntil(() -> model.resultProperty().get() != null && !model.busyProperty().get());
        assertThat(model.resultProperty().get().image().getWidth()).isEqualTo(2 * FakeMultiScaleSampler.WIDTH);
    }

    @Test
    void anExportedAnimationIsAGifWithItsFramesAndAJson(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#singan-tab-animate");
        robot.clickOn("#singan-animate-run");
        waitUntil(() -> model.animation().frameCountProperty().get() == 16 && !model.busyProperty().get());
        assertThat(model.animation().playingProperty().get()).isTrue();
        Path gif = temp.resolve("loop.gif");
        robot.interact(() -> model.animation().exportGif(gif));
        waitUntil(() -> message(robot).startsWith("Saved loop.gif"));
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(16);
        }
        JsonNode json = new ObjectMapper().readTree(temp.resolve("loop.json").toFile());
        assertThat(json.get("tool").asText()).isEqualTo("animation");
        assertThat(json.get("settings").get("frames").asInt()).isEqualTo(16);
    }

    @Test
    void aSavedResultHasItsPngAndAJsonOfHowItWasMade(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#singan-tab-harmonize");
        waitUntil(() -> model.harmonize().objectProperty().get() != null);
        robot.clickOn("#singan-harmonize-run");
        waitUntil(() -> model.resultProperty().get() != null);
        Path png = temp.resolve("result.png");
        robot.interact(() -> model.saveResult(png));
        waitUntil(() -> message(robot).startsWith("Saved result.png"));
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(FakeMultiScaleSampler.WIDTH);
        assertThat(Files.exists(temp.resolve("result-mask.png"))).isTrue();
        JsonNode json = new ObjectMapper().readTree(temp.resolve("result.json").toFile());
        assertThat(json.get("modelId").asText()).isEqualTo("dune");
        assertThat(json.get("tool").asText()).isEqualTo("harmonization");
        assertThat(json.get("scales").get(0).asInt()).as("harmonized one scale below the finest by default")
                .isEqualTo(model.scaleCountProperty().get() - 2);
        assertThat(json.get("seeds").get(0).asLong()).isEqualTo(model.seedProperty().get());
        assertThat(json.get("mask").asText()).isEqualTo("result-mask.png");
        assertThat(json.get("width").asInt()).isEqualTo(FakeMultiScaleSampler.WIDTH);
    }
}
