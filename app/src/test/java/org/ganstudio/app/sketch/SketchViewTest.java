package org.ganstudio.app.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.FakeStudioEngine.FakeTranslator;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.shell.MainWindow;
import org.ganstudio.engine.api.EdgeMethod;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.InstalledModel;
import org.ganstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Sketch view against fake Pix2Pix models: draw, undo, redo, erase, load, switch, fail, save. */
@ExtendWith(ApplicationExtension.class)
class SketchViewTest {

    static final String BROKEN = "The model's weights are damaged; train it again.";
    static final String NOT_BUILT = "Pix2Pix models cannot be opened in this build yet.";

    private final FakeStudioEngine engine = new FakeStudioEngine(5);
    private SketchViewModel model;
    private Canvas canvas;
    private ImageView output;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        engine.installTranslator("red-shoes", "Red shoes",
                () -> new FakeTranslator("red-shoes", 64, Color.RED, 15, List.of(example()), null));
        engine.installTranslator("blue-boots", "Blue boots", () -> new FakeTranslator("blue-boots", 32, Color.BLUE, 5) {
            @Override
            public java.util.Optional<org.ganstudio.engine.api.EdgeSettings> trainingEdges() {
                return java.util.Optional.of(org.ganstudio.engine.api.EdgeSettings.canny()); // trained on Canny edges
            }
        });
        engine.installTranslator("broken", "Broken", () -> new FakeTranslator("broken", 64, Color.GREEN, 1, List.of(), BROKEN));
        engine.installTranslator("not-built", "Not built", () -> {
            throw new StudioException(NOT_BUILT);
        });
        model = new SketchViewModel(engine, new BackgroundTasks());
        Scene scene = new Scene(new SketchView(model), 1100, 760);
        MainWindow.applyStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** A held-out sketch of the red model: a box outline. */
    static BufferedImage example() {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 64, 64);
        g.setColor(Color.BLACK);
        g.drawRect(10, 20, 40, 24);
        g.dispose();
        return image;
    }

    // ---- helpers

    private void ready(FxRobot robot) throws Exception {
        canvas = robot.lookup("#sketch-canvas").queryAs(Canvas.class);
        output = robot.lookup("#sketch-output").queryAs(ImageView.class);
        waitUntil(() -> output.getImage() != null && outputMatchesSketch());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private FakeTranslator current() {
        return engine.openedTranslators.get(engine.openedTranslators.size() - 1);
    }

    private Point2D onCanvas(double x, double y) {
        return canvas.localToScreen(x, y);
    }

    /** A stroke with the real mouse, in canvas coordinates. */
    private void draw(FxRobot robot, double x0, double y0, double x1, double y1) {
        robot.moveTo(onCanvas(x0, y0)).press(MouseButton.PRIMARY).moveTo(onCanvas(x1, y1)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = image.getPixelReader().getArgb(x, y);
            }
        }
        return argb;
    }

    /** True once the output is what the open model makes of the sketch now on the canvas. */
    private boolean outputMatchesSketch() {
        Image shown = output.getImage();
        Image page = model.sketchImageProperty().get();
        if (shown == null || page == null || shown.getWidth() != page.getWidth()) {
            return false;
        }
        int[] sketch = pixels(page);
        int[] out = pixels(shown);
        FakeTranslator translator = current();
        for (int i = 0; i < sketch.length; i++) {
            if (out[i] != translator.outputFor(sketch[i])) {
                return false;
            }
        }
        return true;
    }

    private int outputPixels(Color colour) {
        Image shown = output.getImage();
        int count = 0;
        if (shown != null) {
            for (int p : pixels(shown)) {
                if ((p & 0xffffff) == (colour.getRGB() & 0xffffff)) {
                    count++;
                }
            }
        }
        return count;
    }

    private int ink(FxRobot robot) {
        AtomicInteger ink = new AtomicInteger();
        robot.interact(() -> ink.set(model.inkPixels()));
        return ink.get();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#sketch-message").queryAs(Label.class).getText();
    }

    // ---- tests

    @Test
    void theOutputFollowsTheStrokeWhileItIsDrawnThroughTheLatestOnlyRunner(FxRobot robot) throws Exception {
        ready(robot);
        ComboBox<InstalledModel> choice = robot.lookup("#model-choice").queryComboBox();
        assertThat(choice.getValue().id()).isEqualTo("red-shoes");
        AtomicInteger drags = new AtomicInteger();
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> drags.incrementAndGet());
        int callsBefore = current().calls.get();
        assertThat(robot.lookup("#sketch-latency").queryAs(Label.class).getText())
                .as("opening the model translates the blank page once: a warm-up, not a stroke")
                .matches("\\d+ ms model \u00b7 first run, not counted");

        robot.moveTo(onCanvas(40, 200)).press(MouseButton.PRIMARY).moveTo(onCanvas(400, 240));
        waitUntil(() -> outputPixels(Color.RED) > 20); // the button is still down
        int callsDuringStroke = current().calls.get() - callsBefore;
        robot.release(MouseButton.PRIMARY);

        waitUntil(this::outputMatchesSketch);
        assertThat(ink(robot)).as("a 1-px line across ~52 model pixels").isBetween(45, 60);
        assertThat(drags.get()).isGreaterThan(20);
        assertThat(callsDuringStroke).as("translations were coalesced, not one per drag").isBetween(1, drags.get() - 1);
        assertThat(robot.lookup("#sketch-latency").queryAs(Label.class).getText())
                .matches("\\d+ ms model \u00b7 \\d+ ms to screen \u00b7 median \\d+ ms");
    }

    @Test
    void undoRestoresThePreviousOutputAndRedoReappliesIt(FxRobot robot) throws Exception {
        ready(robot);
        assertThat(robot.lookup("#undo").queryButton().isDisabled()).isTrue();
        draw(robot, 50, 100, 380, 120);
        waitUntil(this::outputMatchesSketch);
        int[] oneStroke = pixels(output.getImage());
        draw(robot, 60, 300, 300, 380);
        waitUntil(() -> outputMatchesSketch() && !java.util.Arrays.equals(pixels(output.getImage()), oneStroke));
        int[] twoStrokes = pixels(output.getImage());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> java.util.Arrays.equals(pixels(output.getImage()), oneStroke));
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> java.util.Arrays.equals(pixels(output.getImage()), twoStrokes));
        robot.clickOn("#undo");
        waitUntil(() -> java.util.Arrays.equals(pixels(output.getImage()), oneStroke));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> java.util.Arrays.equals(pixels(output.getImage()), twoStrokes));
        assertThat(robot.lookup("#redo").queryButton().isDisabled()).isTrue();
        robot.clickOn("#undo").clickOn("#undo");
        waitUntil(() -> outputPixels(Color.RED) == 0 && outputMatchesSketch());
        assertThat(robot.lookup("#undo").queryButton().isDisabled()).isTrue();
        robot.clickOn("#redo");
        waitUntil(() -> java.util.Arrays.equals(pixels(output.getImage()), oneStroke));
    }

    @Test
    void theEraserRemovesInkAndClearEmptiesThePage(FxRobot robot) throws Exception {
        ready(robot);
        draw(robot, 50, 200, 400, 200);
        int drawn = ink(robot);
        assertThat(drawn).isGreaterThan(40);

        robot.clickOn("#tool-eraser");
        Slider size = robot.lookup("#pen-size").queryAs(Slider.class);
        assertThat(size.getValue()).as("the eraser remembers its own size").isEqualTo(Tool.ERASER.defaultSize());
        draw(robot, 30, 200, 230, 200);
        int left = ink(robot);
        assertThat(left).isLessThan(drawn - 20).isGreaterThan(0);
        waitUntil(this::outputMatchesSketch);

        robot.clickOn("#tool-pen");
        assertThat(size.getValue()).isEqualTo(1);
        robot.clickOn("#clear");
        assertThat(ink(robot)).isZero();
        waitUntil(() -> outputMatchesSketch() && outputPixels(Color.RED) == 0);
        robot.clickOn("#undo");
        assertThat(ink(robot)).as("clear is undoable").isEqualTo(left);
    }

    @Test
    void anEdgeImageLoadsAsItIsAndAPhotoGoesThroughTheEdgeFinder(FxRobot robot) throws Exception {
        ready(robot);
        BufferedImage edges = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = edges.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 256, 256);
        g.setColor(Color.BLACK);
        g.drawRect(40, 80, 170, 90);
        g.dispose();
        Path edgeFile = temp.resolve("edges.png");
        ImageIO.write(edges, "png", edgeFile.toFile());

        robot.interact(() -> model.openSketch(edgeFile));
        waitUntil(() -> ink(robot) > 0 && outputMatchesSketch());
        assertThat(ink(robot)).as("a 170x90 box drawn at a quarter scale").isBetween(100, 160);
        assertThat(message(robot)).isEqualTo("Opened edges.png.");

        BufferedImage photo = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        g = photo.createGraphics();
        g.setColor(new Color(250, 250, 250));
        g.fillRect(0, 0, 120, 80);
        g.setColor(new Color(90, 40, 20));
        g.fillOval(5, 5, 110, 70); // a brown "shoe" filling most of the frame
        g.dispose();
        Path photoFile = temp.resolve("photo.jpg");
        ImageIO.write(photo, "jpg", photoFile.toFile());
        robot.interact(() -> model.openSketch(photoFile));
        waitUntil(() -> message(robot).contains("looks like a photo"));

        robot.interact(() -> model.openPhoto(photoFile));
        waitUntil(() -> message(robot).startsWith("Edges of photo.jpg"));
        assertThat(engine.lastEdgeSettings.method()).isEqualTo(EdgeMethod.XDOG);
        assertThat(ink(robot)).as("the outline of the oval, not the filled oval").isBetween(40, 400);

        Path notAnImage = Files.writeString(temp.resolve("notes.png"), "hello");
        robot.interact(() -> model.openSketch(notAnImage));
        waitUntil(() -> message(robot).contains("not an image"));
        assertThat(robot.lookup("#sketch-message").queryAs(Label.class).getStyleClass()).contains("error");
    }

    @Test
    void choosingAnotherModelInTheListTranslatesWithIt(FxRobot robot) throws Exception {
        ready(robot);
        draw(robot, 50, 220, 400, 220);
        waitUntil(() -> outputMatchesSketch() && outputPixels(Color.RED) > 0);
        FakeTranslator red = current();

        robot.clickOn("#model-choice").clickOn("Blue boots");
        waitUntil(() -> current().modelId().equals("blue-boots") && outputMatchesSketch());
        assertThat(outputPixels(Color.BLUE)).isGreaterThan(10);
        assertThat(outputPixels(Color.RED)).isZero();
        assertThat(output.getImage().getWidth()).isEqualTo(32);
        assertThat(model.side()).as("the page follows the model's size").isEqualTo(32);
        assertThat(canvas.getWidth() % 32).as("each model pixel is a whole number of screen pixels").isZero();
        assertThat(output.getFitWidth()).as("sketch and output the same size").isEqualTo(canvas.getWidth());
        waitUntil(() -> red.closed);
        assertThat(robot.lookup("#random-example").queryButton().isDisabled()).as("the blue model has no examples").isTrue();

        robot.clickOn("#model-choice").clickOn("Red shoes");
        waitUntil(() -> current().modelId().equals("red-shoes") && outputMatchesSketch());
        assertThat(outputPixels(Color.RED)).isGreaterThan(10);
    }

    @Test
    void aPhotoIsTurnedIntoEdgesWithTheExtractorTheModelWasTrainedWith(FxRobot robot) throws Exception {
        ready(robot);
        BufferedImage photo = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 60, 40);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(5, 5, 50, 30);
        g.dispose();
        Path photoFile = temp.resolve("shoe.png");
        ImageIO.write(photo, "png", photoFile.toFile());

        robot.clickOn("#model-choice").clickOn("Blue boots");
        waitUntil(() -> current().modelId().equals("blue-boots") && outputMatchesSketch());
        robot.interact(() -> model.openPhoto(photoFile));
        waitUntil(() -> message(robot).startsWith("Edges of shoe.png"));
        assertThat(engine.lastEdgeSettings).isEqualTo(EdgeSettings.canny());

        robot.clickOn("#model-choice").clickOn("Red shoes");
        waitUntil(() -> current().modelId().equals("red-shoes") && outputMatchesSketch());
        robot.interact(() -> model.openPhoto(photoFile));
        waitUntil(() -> message(robot).startsWith("Edges of shoe.png") && engine.lastEdgeSettings.method() == EdgeMethod.XDOG);
        assertThat(engine.lastEdgeSettings).as("a model that does not say gets the XDoG defaults")
                .isEqualTo(EdgeSettings.xdog());
    }

    @Test
    void aModelThatFailsSaysWhyInThePanel(FxRobot robot) throws Exception {
        ready(robot);
        robot.clickOn("#model-choice").clickOn("Broken");
        waitUntil(() -> message(robot).equals(BROKEN));
        Label message = robot.lookup("#sketch-message").queryAs(Label.class);
        assertThat(message.getStyleClass()).contains("error");
        assertThat(output.getImage()).isNull();
        Label boardHint = robot.lookup("#output-hint").queryAs(Label.class);
        assertThat(boardHint.getText()).as("the output board says why it is empty").isEqualTo(BROKEN);
        assertThat(boardHint.isVisible()).isTrue();

        robot.clickOn("#model-choice").clickOn("Not built");
        waitUntil(() -> message(robot).equals(NOT_BUILT));
        draw(robot, 50, 220, 400, 220); // drawing without a model still works
        assertThat(ink(robot)).isGreaterThan(40);

        robot.clickOn("#model-choice").clickOn("Red shoes");
        waitUntil(() -> current().modelId().equals("red-shoes") && outputMatchesSketch());
        assertThat(message.getStyleClass()).doesNotContain("error");
        assertThat(boardHint.isVisible()).isFalse();
    }

    @Test
    void saveWritesOutputSketchAndProvenanceAndOpenSavedBringsTheSketchBack(FxRobot robot) throws Exception {
        ready(robot);
        robot.clickOn("#random-example");
        waitUntil(this::outputMatchesSketch);
        int exampleInk = ink(robot);
        assertThat(exampleInk).as("the example box: 2 x (41 + 25) - 4").isEqualTo(128);

        Path chosen = temp.resolve("my shoe.png");
        robot.interact(() -> model.save(chosen));
        waitUntil(() -> message(robot).startsWith("Saved"));
        assertThat(temp.resolve("my shoe.png")).exists();
        assertThat(temp.resolve("my shoe-sketch.png")).exists();
        JsonNode json = new ObjectMapper().readTree(temp.resolve("my shoe.json").toFile());
        assertThat(json.get("modelId").asText()).isEqualTo("red-shoes");
        assertThat(json.get("modelFolder").asText()).endsWith("red-shoes");
        assertThat(json.get("imageSize").asInt()).isEqualTo(64);
        assertThat(json.get("sketchFile").asText()).isEqualTo("my shoe-sketch.png");
        assertThat(json.get("savedAt").asText()).isNotBlank();
        assertThat(ImageIO.read(temp.resolve("my shoe.png").toFile()).getWidth()).isEqualTo(64);

        robot.clickOn("#clear");
        assertThat(ink(robot)).isZero();
        robot.interact(() -> model.openSaved(temp.resolve("my shoe.json")));
        waitUntil(() -> ink(robot) == exampleInk && outputMatchesSketch());
    }

    @Test
    void aModelFolderOpensFromDisk(FxRobot robot) throws Exception {
        ready(robot);
        Path folder = temp.resolve("run-7").resolve("checkpoints").resolve("step-00000500");
        engine.addModelFolder(folder, () -> new FakeTranslator("step-00000500", 64, Color.MAGENTA, 1));
        robot.interact(() -> model.openModelFolder(folder));
        waitUntil(() -> current().modelId().equals("step-00000500") && outputMatchesSketch());
        ComboBox<InstalledModel> choice = robot.lookup("#model-choice").queryComboBox();
        assertThat(choice.getValue().title()).isEqualTo("run-7 \u00b7 step-00000500");
        assertThat(choice.getItems()).hasSize(5);
        assertThat(robot.lookup("#save-output").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void shuttingDownClosesTheOpenModelAndIgnoresLaterStrokes(FxRobot robot) throws Exception {
        ready(robot);
        FakeTranslator red = current();
        robot.interact(model::shutdown);
        waitUntil(() -> red.closed);
        int calls = red.calls.get();
        draw(robot, 50, 220, 400, 220);
        assertThat(red.calls.get()).isEqualTo(calls);
    }
}
