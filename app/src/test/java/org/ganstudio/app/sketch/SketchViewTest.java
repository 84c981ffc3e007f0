package org.ganstudio.app.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.Arrays;
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
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
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

/**
 * Drives the real Sketch view against fake Pix2Pix models (whose {@code prepareDrawing} keeps each block's darkest
 * pixel and records what it got): draw, undo, redo, erase, clear, trace a photo, import, switch, fail, save.
 */
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
        waitUntil(() -> model.modelOpenProperty().get() && model.upToDateProperty().get());
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

    /** A stroke with the real mouse, in canvas coordinates; returns once its output is shown. */
    private void draw(FxRobot robot, double x0, double y0, double x1, double y1) throws Exception {
        robot.moveTo(onCanvas(x0, y0)).press(MouseButton.PRIMARY).moveTo(onCanvas(x1, y1)).release(MouseButton.PRIMARY);
        settled();
    }

    private void settled() throws Exception {
        waitUntil(() -> model.upToDateProperty().get());
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.WritablePixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    /** The model's own output shown now (not the enlarged one), or null. */
    private int[] shownOutput(FxRobot robot) {
        Translation[] shown = new Translation[1];
        robot.interact(() -> shown[0] = model.shown());
        return shown[0] == null ? null : pixels(shown[0].output());
    }

    /** True when the output shown is what the open model makes of what it was last given. */
    private boolean outputIsTheModels(FxRobot robot) {
        Translation[] shown = new Translation[1];
        robot.interact(() -> shown[0] = model.shown());
        if (shown[0] == null) {
            return false;
        }
        int[] in = pixels(shown[0].prepared().image());
        int[] out = pixels(shown[0].output());
        for (int i = 0; i < in.length; i++) {
            if (out[i] != current().outputFor(in[i])) {
                return false;
            }
        }
        return true;
    }

    private int outputPixels(FxRobot robot, Color colour) {
        int[] shown = shownOutput(robot);
        int count = 0;
        if (shown != null) {
            for (int p : shown) {
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

    private String boardHint(FxRobot robot) {
        return robot.lookup("#output-hint").queryAs(Label.class).getText();
    }

    private WritableImage canvasShot(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get();
    }

    private Path write(BufferedImage image, String name) throws Exception {
        Path file = temp.resolve(name);
        ImageIO.write(image, name.endsWith(".jpg") ? "jpg" : "png", file.toFile());
        return file;
    }

    private static BufferedImage filled(int w, int h, Color colour) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    // ---- tests

    @Test
    void aStrokeChangesTheOutputAndWhatTheModelSeesThroughTheLatestOnlyRunner(FxRobot robot) throws Exception {
        ready(robot);
        assertThat(output.getImage()).as("an empty page is not sent").isNull();
        assertThat(boardHint(robot)).isEqualTo(SketchViewModel.EMPTY_PAGE);
        assertThat(current().calls.get()).isZero();
        AtomicInteger drags = new AtomicInteger();
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> drags.incrementAndGet());
        ImageView thumb = robot.lookup("#model-sees").queryAs(ImageView.class);
        assertThat(thumb.getImage()).isNull();

        robot.moveTo(onCanvas(40, 200)).press(MouseButton.PRIMARY).moveTo(onCanvas(380, 240));
        waitUntil(() -> outputPixels(robot, Color.RED) > 20); // the button is still down
        int callsDuringStroke = current().calls.get();
        robot.release(MouseButton.PRIMARY);
        settled();

        assertThat(outputIsTheModels(robot)).isTrue();
        assertThat(drags.get()).isGreaterThan(20);
        assertThat(callsDuringStroke).as("translations were coalesced, not one per drag").isBetween(1, drags.get() - 1);
        assertThat(current().lastDrawing.getWidth()).as("the model gets the drawing at its own size").isEqualTo(512);
        assertThat(current().lastInput.getWidth()).as("and translates what prepareDrawing made of it").isEqualTo(64);
        assertThat(thumb.getImage()).isNotNull();
        assertThat(thumb.getImage().getWidth()).isEqualTo(SketchViewModel.THUMBNAIL);
        Translation[] shown = new Translation[1];
        robot.interact(() -> shown[0] = model.shown());
        assertThat(pixels(shown[0].prepared().image())).isEqualTo(pixels(current().lastInput));
        assertThat(robot.lookup("#model-sees-steps").queryAs(Label.class).getText())
                .isEqualTo("darkest pixel of each block \u00b7 shrunk to 64 px");
        assertThat(output.getImage().getWidth()).as("the output is shown enlarged").isEqualTo(512);
        assertThat(robot.lookup("#sketch-latency").queryAs(Label.class).getText())
                .matches("\\d+ ms model \u00b7 (first run, not counted|\\d+ ms to screen \u00b7 median \\d+ ms)");
    }

    @Test
    void strokesAreSmoothAntiAliasedAndUnbrokenBetweenMouseEvents(FxRobot robot) throws Exception {
        ready(robot);
        // two far-apart points in one move: the line between them must still be drawn
        robot.moveTo(onCanvas(30, 100)).press(MouseButton.PRIMARY);
        robot.interact(() -> canvas.fireEvent(new MouseEvent(MouseEvent.MOUSE_DRAGGED, 300, 180, 0, 0,
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false, null)));
        robot.release(MouseButton.PRIMARY);
        settled();
        BufferedImage[] page = new BufferedImage[1];
        robot.interact(() -> page[0] = Sketch.grey(javafx.embed.swing.SwingFXUtils.fromFXImage(
                model.sketchImageProperty().get(), null)));
        double scale = 512 / canvas.getWidth();
        int grey = 0;
        for (int x = (int) (40 * scale); x < (int) (290 * scale); x++) {
            boolean inked = false;
            for (int y = 0; y < 512; y++) {
                int v = page[0].getRaster().getSample(x, y, 0);
                inked |= v < 128;
                grey += v > 0 && v < 255 ? 1 : 0;
            }
            assertThat(inked).as("column %d is inked", x).isTrue();
        }
        assertThat(grey).as("edges are anti-aliased").isGreaterThan(100);
    }

    @Test
    void undoRestoresThePreviousDrawingAndOutputAndRedoReappliesIt(FxRobot robot) throws Exception {
        ready(robot);
        assertThat(robot.lookup("#undo").queryButton().isDisabled()).isTrue();
        draw(robot, 50, 100, 350, 120);
        int[] oneStroke = shownOutput(robot);
        int oneInk = ink(robot);
        draw(robot, 60, 300, 300, 380);
        int[] twoStrokes = shownOutput(robot);
        assertThat(twoStrokes).isNotEqualTo(oneStroke);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        settled();
        assertThat(shownOutput(robot)).isEqualTo(oneStroke);
        assertThat(ink(robot)).isEqualTo(oneInk);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        settled();
        assertThat(shownOutput(robot)).isEqualTo(twoStrokes);
        robot.clickOn("#undo");
        settled();
        assertThat(shownOutput(robot)).isEqualTo(oneStroke);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        settled();
        assertThat(shownOutput(robot)).isEqualTo(twoStrokes);
        assertThat(robot.lookup("#redo").queryButton().isDisabled()).isTrue();
        robot.clickOn("#undo").clickOn("#undo");
        settled();
        assertThat(shownOutput(robot)).as("back to the empty page: no output").isNull();
        assertThat(boardHint(robot)).isEqualTo(SketchViewModel.EMPTY_PAGE);
        assertThat(robot.lookup("#undo").queryButton().isDisabled()).isTrue();
        robot.clickOn("#redo");
        settled();
        assertThat(shownOutput(robot)).isEqualTo(oneStroke);
    }

    @Test
    void theEraserRemovesInkAndClearEmptiesThePage(FxRobot robot) throws Exception {
        ready(robot);
        robot.clickOn("#pen-size-8");
        draw(robot, 50, 200, 380, 200);
        int drawn = ink(robot);
        assertThat(drawn).isGreaterThan(1000);
        int redBefore = outputPixels(robot, Color.RED);

        robot.clickOn("#tool-eraser");
        assertThat(robot.lookup("#pen-size-16").queryAs(ToggleButton.class).isSelected())
                .as("the eraser remembers its own size").isTrue();
        robot.clickOn("#pen-size-32");
        draw(robot, 30, 200, 300, 200);
        int left = ink(robot);
        assertThat(left).isLessThan(drawn / 2).isGreaterThan(0);
        assertThat(outputPixels(robot, Color.RED)).isLessThan(redBefore).isGreaterThan(0);

        robot.type(KeyCode.P);
        assertThat(model.toolProperty().get()).isEqualTo(Tool.PEN);
        assertThat(robot.lookup("#pen-size-8").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#clear");
        settled();
        assertThat(ink(robot)).isZero();
        assertThat(output.getImage()).isNull();
        assertThat(boardHint(robot)).isEqualTo(SketchViewModel.EMPTY_PAGE);
        assertThat(robot.lookup("#output-hint").queryAs(Label.class).isVisible()).isTrue();
        robot.clickOn("#undo");
        settled();
        assertThat(ink(robot)).as("clear is undoable").isEqualTo(left);
        assertThat(output.getImage()).isNotNull();
    }

    @Test
    void aTracePhotoIsShownUnderThePageButNeverSentToTheModel(FxRobot robot) throws Exception {
        ready(robot);
        assertThat(robot.lookup("#trace-controls").queryAs(javafx.scene.Node.class).isVisible()).isFalse();
        Path photo = write(filled(300, 300, new Color(200, 30, 30)), "red.png");
        robot.interact(() -> model.openTracePhoto(photo));
        waitUntil(() -> model.tracePhotoProperty().get() != null);
        assertThat(robot.lookup("#trace-controls").queryAs(javafx.scene.Node.class).isVisible()).isTrue();
        int spot = (int) (canvas.getWidth() / 2);
        int tinted = canvasShot(robot).getPixelReader().getArgb(spot, 20);
        assertThat((tinted >> 16 & 0xff) - (tinted & 0xff)).as("the photo shows through the white paper").isGreaterThan(20);

        Slider opacity = robot.lookup("#trace-opacity").queryAs(Slider.class);
        robot.drag("#trace-opacity .thumb").moveBy(60, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opacity.getValue()).isGreaterThan(0.5);
        assertThat(model.traceOpacityProperty().get()).isEqualTo(opacity.getValue());
        int stronger = canvasShot(robot).getPixelReader().getArgb(spot, 20);
        assertThat(stronger & 0xff).as("a stronger photo: less white left in blue").isLessThan(tinted & 0xff);

        draw(robot, 50, 200, 380, 220);
        assertThat(output.getImage()).isNotNull();
        int darkest = 255;
        javafx.scene.image.PixelReader screen = canvasShot(robot).getPixelReader();
        for (int y = 195; y <= 225; y++) {
            int p = screen.getArgb(215, y);
            darkest = Math.min(darkest, Math.max(p >> 16 & 0xff, Math.max(p >> 8 & 0xff, p & 0xff)));
        }
        assertThat(darkest).as("the stroke stays black over the photo").isLessThan(60);
        BufferedImage sent = current().lastDrawing;
        for (int p : pixels(sent)) {
            assertThat(p >> 16 & 0xff).as("only grey strokes reach the model").isEqualTo(p & 0xff);
        }
        long paper = Arrays.stream(pixels(sent)).filter(p -> (p & 0xffffff) == 0xffffff).count();
        assertThat(paper).as("the photo is not in it: the page is white but for the stroke").isGreaterThan(250_000);

        robot.clickOn("#remove-trace");
        assertThat(model.tracePhotoProperty().get()).isNull();
        assertThat(canvasShot(robot).getPixelReader().getArgb(spot, 20)).isEqualTo(0xffffffff);
    }

    @Test
    void theInkLaidOverATracePhotoIsBlackWithThePagesDarknessAsOpacity(FxRobot robot) throws Exception {
        ready(robot);
        WritableImage page = new WritableImage(3, 1);
        page.getPixelWriter().setArgb(0, 0, 0xffffffff);
        page.getPixelWriter().setArgb(1, 0, 0xff000000);
        page.getPixelWriter().setArgb(2, 0, 0xff808080);
        javafx.scene.image.PixelReader ink = InkLayer.of(page).getPixelReader();
        assertThat(ink.getArgb(0, 0)).as("paper lets the photo through").isEqualTo(0);
        assertThat(ink.getArgb(1, 0)).as("ink covers it").isEqualTo(0xff000000);
        assertThat(ink.getArgb(2, 0) >>> 24).as("grey half covers it").isBetween(126, 128);
        assertThat(ink.getArgb(2, 0) & 0xffffff).isZero();
    }

    @Test
    void aLineDrawingImportsAsTheDrawingAndBadImagesGetAPlainMessage(FxRobot robot) throws Exception {
        ready(robot);
        BufferedImage edges = filled(256, 256, Color.WHITE);
        Graphics2D g = edges.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new java.awt.BasicStroke(3));
        g.drawRect(40, 80, 170, 90);
        g.dispose();
        Path edgeFile = write(edges, "edges.png");
        robot.interact(() -> model.openSketch(edgeFile));
        waitUntil(() -> message(robot).equals("Opened edges.png as the drawing."));
        settled();
        assertThat(ink(robot)).as("the box, twice as large").isBetween(4000, 9000);
        assertThat(output.getImage()).isNotNull();
        int boxInk = ink(robot);

        BufferedImage photo = filled(120, 80, new Color(250, 250, 250));
        g = photo.createGraphics();
        g.setColor(new Color(90, 40, 20));
        g.fillOval(5, 5, 110, 70);
        g.dispose();
        Path photoFile = write(photo, "photo.jpg");
        robot.interact(() -> model.openSketch(photoFile));
        waitUntil(() -> message(robot).contains("looks like a photo"));
        assertThat(message(robot)).contains("Trace photo");
        assertThat(ink(robot)).as("the drawing is unchanged").isEqualTo(boxInk);

        Path dot = write(filled(1, 1, Color.BLACK), "dot.png");
        robot.interact(() -> model.openSketch(dot));
        waitUntil(() -> message(robot).contains("too small"));
        assertThat(message(robot)).isEqualTo("dot.png is 1 \u00d7 1 px: too small to hold a drawing (at least 8 px a side).");
        assertThat(ink(robot)).isEqualTo(boxInk);

        BufferedImage strip = filled(20000, 20, Color.WHITE);
        g = strip.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 2, 20000, 16); // a thick bar, which at 512 px wide is one pixel high
        g.dispose();
        Path stripFile = write(strip, "strip.png");
        robot.interact(() -> model.openSketch(stripFile));
        waitUntil(() -> message(robot).equals("Opened strip.png as the drawing."));
        settled();
        long marked = Arrays.stream(pixels(model.sketchImageProperty().get())).filter(p -> (p & 0xff) < 250).count();
        assertThat(marked).as("a thin line across the page").isBetween(1L, 2048L);
        assertThat(robot.lookup("#sketch-message").queryAs(Label.class).getStyleClass()).doesNotContain("error");

        robot.interact(() -> model.openPhoto(photoFile));
        waitUntil(() -> message(robot).startsWith("Edges of photo.jpg"));
        assertThat(engine.lastEdgeSettings.method()).isEqualTo(EdgeMethod.XDOG);
        settled();
        assertThat(ink(robot)).as("the outline of the oval, not the filled oval").isBetween(1000, 60000);

        Path notAnImage = Files.writeString(temp.resolve("notes.png"), "hello");
        robot.interact(() -> model.openSketch(notAnImage));
        waitUntil(() -> message(robot).contains("not an image"));
        assertThat(robot.lookup("#sketch-message").queryAs(Label.class).getStyleClass()).contains("error");
    }

    @Test
    void aDrawingThatRunsOffTheBordersStillTranslates(FxRobot robot) throws Exception {
        ready(robot);
        robot.clickOn("#pen-size-32");
        double w = canvas.getWidth();
        robot.moveTo(onCanvas(2, 2)).press(MouseButton.PRIMARY).moveTo(onCanvas(w + 40, 2)).moveTo(onCanvas(w + 40, w + 40))
                .moveTo(onCanvas(-30, w - 2)).release(MouseButton.PRIMARY);
        settled();
        assertThat(outputIsTheModels(robot)).isTrue();
        assertThat(outputPixels(robot, Color.RED)).isGreaterThan(64);
        assertThat(message(robot)).doesNotContain("Exception");
    }

    @Test
    void aDrawingTheModelRefusesSaysWhyInsteadOfAnOutput(FxRobot robot) throws Exception {
        engine.installTranslator("picky", "Picky", () -> new FakeTranslator("picky", 64, Color.ORANGE, 1) {
            @Override
            public org.ganstudio.engine.api.PreparedDrawing prepareDrawing(BufferedImage drawing) {
                throw new StudioException("The drawing is too small to read.");
            }
        });
        robot.interact(model::refreshModels);
        ready(robot);
        robot.clickOn("#model-choice").clickOn("Picky");
        waitUntil(() -> current().modelId().equals("picky") && model.modelOpenProperty().get());
        draw(robot, 50, 200, 300, 200);
        assertThat(boardHint(robot)).isEqualTo("The drawing is too small to read.");
        assertThat(output.getImage()).isNull();
        assertThat(current().calls.get()).as("translate is not called").isZero();
    }

    @Test
    void choosingAnotherModelInTheListTranslatesWithIt(FxRobot robot) throws Exception {
        ready(robot);
        draw(robot, 50, 220, 380, 220);
        assertThat(outputPixels(robot, Color.RED)).isGreaterThan(0);
        FakeTranslator red = current();

        robot.clickOn("#model-choice").clickOn("Blue boots");
        waitUntil(() -> current().modelId().equals("blue-boots") && model.upToDateProperty().get() && outputIsTheModels(robot));
        assertThat(outputPixels(robot, Color.BLUE)).isGreaterThan(10);
        assertThat(outputPixels(robot, Color.RED)).isZero();
        assertThat(shownOutput(robot)).hasSize(32 * 32);
        assertThat(model.side()).as("the drawing keeps its size").isEqualTo(512);
        assertThat(output.getFitWidth()).as("drawing and output the same size").isEqualTo(canvas.getWidth());
        waitUntil(() -> red.closed);
        assertThat(robot.lookup("#random-example").queryButton().isDisabled()).as("the blue model has no examples").isTrue();

        robot.clickOn("#model-choice").clickOn("Red shoes");
        waitUntil(() -> current().modelId().equals("red-shoes") && model.upToDateProperty().get() && outputIsTheModels(robot));
        assertThat(outputPixels(robot, Color.RED)).isGreaterThan(10);
    }

    @Test
    void smoothOffShowsTheModelsOwnPixels(FxRobot robot) throws Exception {
        ready(robot);
        draw(robot, 50, 220, 380, 220);
        int[] smooth = pixels(output.getImage());
        int[] model64 = shownOutput(robot);
        robot.clickOn("#output-smooth");
        WaitForAsyncUtils.waitForFxEvents();
        int[] squares = pixels(output.getImage());
        assertThat(squares).hasSize(512 * 512).isNotEqualTo(smooth);
        for (int y = 0; y < 512; y += 37) {
            for (int x = 0; x < 512; x += 29) {
                assertThat(squares[y * 512 + x]).as("each 8 x 8 square is one model pixel")
                        .isEqualTo(model64[(y / 8) * 64 + x / 8]);
            }
        }
        robot.clickOn("#output-smooth");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pixels(output.getImage())).isEqualTo(smooth);
    }

    @Test
    void aPhotoIsTurnedIntoEdgesWithTheExtractorTheModelWasTrainedWith(FxRobot robot) throws Exception {
        ready(robot);
        BufferedImage photo = filled(60, 40, Color.WHITE);
        Graphics2D g = photo.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillOval(5, 5, 50, 30);
        g.dispose();
        Path photoFile = write(photo, "shoe.png");

        robot.clickOn("#model-choice").clickOn("Blue boots");
        waitUntil(() -> current().modelId().equals("blue-boots") && model.modelOpenProperty().get());
        robot.interact(() -> model.openPhoto(photoFile));
        waitUntil(() -> message(robot).startsWith("Edges of shoe.png"));
        assertThat(engine.lastEdgeSettings).isEqualTo(EdgeSettings.canny());

        robot.clickOn("#model-choice").clickOn("Red shoes");
        waitUntil(() -> current().modelId().equals("red-shoes") && model.modelOpenProperty().get());
        robot.interact(() -> model.openPhoto(photoFile));
        waitUntil(() -> message(robot).startsWith("Edges of shoe.png") && engine.lastEdgeSettings.method() == EdgeMethod.XDOG);
        assertThat(engine.lastEdgeSettings).as("a model that does not say gets the XDoG defaults")
                .isEqualTo(EdgeSettings.xdog());
    }

    @Test
    void aModelThatFailsSaysWhyInThePanelAndIsNotCalledReady(FxRobot robot) throws Exception {
        ready(robot);
        draw(robot, 50, 220, 380, 220);
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
        assertThat(model.modelOpenProperty().get()).isFalse();
        assertThat(message(robot)).doesNotContain("ready");
        assertThat(boardHint.getText()).isEqualTo(NOT_BUILT);
        draw(robot, 50, 260, 380, 260); // drawing without a model still works
        assertThat(ink(robot)).isGreaterThan(1000);

        robot.clickOn("#model-choice").clickOn("Red shoes");
        waitUntil(() -> current().modelId().equals("red-shoes") && model.upToDateProperty().get() && outputIsTheModels(robot));
        assertThat(message.getStyleClass()).doesNotContain("error");
        assertThat(boardHint.isVisible()).isFalse();
    }

    @Test
    void saveWritesTheSideBySideSheetTheSeparateImagesAndTheStepsAndOpenSavedBringsTheDrawingBack(FxRobot robot)
            throws Exception {
        ready(robot);
        robot.clickOn("#random-example");
        settled();
        int exampleInk = ink(robot);
        assertThat(exampleInk).isGreaterThan(1000);

        Path chosen = temp.resolve("my shoe.png");
        robot.interact(() -> model.save(chosen));
        waitUntil(() -> message(robot).startsWith("Saved"));
        BufferedImage sheet = ImageIO.read(temp.resolve("my shoe-side-by-side.png").toFile());
        assertThat(sheet.getWidth()).isEqualTo(3 * 512 + 2 * OutputImages.GAP);
        assertThat(sheet.getHeight()).isEqualTo(512);
        assertThat(ImageIO.read(temp.resolve("my shoe.png").toFile()).getWidth()).isEqualTo(64);
        assertThat(ImageIO.read(temp.resolve("my shoe-sketch.png").toFile()).getWidth()).isEqualTo(512);
        assertThat(pixels(ImageIO.read(temp.resolve("my shoe-model-input.png").toFile())))
                .isEqualTo(pixels(current().lastInput));
        JsonNode json = new ObjectMapper().readTree(temp.resolve("my shoe.json").toFile());
        assertThat(json.get("modelId").asText()).isEqualTo("red-shoes");
        assertThat(json.get("modelFolder").asText()).endsWith("red-shoes");
        assertThat(json.get("imageSize").asInt()).isEqualTo(64);
        assertThat(json.get("drawingSize").asInt()).isEqualTo(512);
        assertThat(json.get("sketchFile").asText()).isEqualTo("my shoe-sketch.png");
        assertThat(json.get("modelInputFile").asText()).isEqualTo("my shoe-model-input.png");
        assertThat(json.get("sideBySideFile").asText()).isEqualTo("my shoe-side-by-side.png");
        assertThat(json.get("prepareSteps").toString()).isEqualTo("[\"darkest pixel of each block\",\"shrunk to 64 px\"]");
        assertThat(json.get("savedAt").asText()).isNotBlank();

        robot.clickOn("#clear");
        assertThat(ink(robot)).isZero();
        robot.interact(() -> model.openSaved(temp.resolve("my shoe.json")));
        waitUntil(() -> ink(robot) == exampleInk);
        settled();
        assertThat(output.getImage()).isNotNull();
    }

    @Test
    void aModelFolderOpensFromDiskAndAClickOnTheShippedModelSwitchesBack(FxRobot robot) throws Exception {
        ready(robot);
        draw(robot, 50, 220, 380, 220);
        Path folder = temp.resolve("run-7").resolve("checkpoints").resolve("step-00000500");
        engine.addModelFolder(folder, () -> new FakeTranslator("step-00000500", 64, Color.MAGENTA, 1));
        robot.interact(() -> model.openModelFolder(folder));
        waitUntil(() -> current().modelId().equals("step-00000500") && model.upToDateProperty().get()
                && outputIsTheModels(robot));
        ComboBox<InstalledModel> choice = robot.lookup("#model-choice").queryComboBox();
        assertThat(choice.getValue().title()).isEqualTo("run-7 \u00b7 step-00000500");
        assertThat(choice.getItems()).hasSize(5);
        assertThat(robot.lookup("#save-output").queryAs(Button.class).isDisabled()).isFalse();

        robot.clickOn("#model-choice").clickOn("Red shoes");
        waitUntil(() -> current().modelId().equals("red-shoes") && model.upToDateProperty().get() && outputIsTheModels(robot));
        assertThat(choice.getValue().id()).isEqualTo("red-shoes");
        assertThat(outputPixels(robot, Color.RED)).isGreaterThan(10);
        robot.clickOn("#model-choice").clickOn("run-7 \u00b7 step-00000500");
        waitUntil(() -> current().modelId().equals("step-00000500") && model.upToDateProperty().get());
    }

    @Test
    void aClickOnTheShippedModelWhileACheckpointIsStillOpeningWins(FxRobot robot) throws Exception {
        ready(robot);
        draw(robot, 50, 220, 380, 220);
        Path folder = temp.resolve("run-8").resolve("checkpoints").resolve("step-00000900");
        engine.addModelFolder(folder, () -> {
            WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS); // a large checkpoint takes a while to load
            return new FakeTranslator("step-00000900", 64, Color.MAGENTA, 1);
        });
        robot.interact(() -> model.openModelFolder(folder));
        assertThat(model.openingProperty().get()).isTrue();
        robot.clickOn("#model-choice").clickOn("Red shoes");
        waitUntil(() -> engine.openedTranslators.stream().anyMatch(t -> t.modelId().equals("step-00000900") && t.closed));
        waitUntil(() -> model.modelOpenProperty().get() && model.upToDateProperty().get());
        assertThat(model.selectedModelProperty().get().id()).isEqualTo("red-shoes");
        Translation[] shown = new Translation[1];
        robot.interact(() -> shown[0] = model.shown());
        assertThat(shown[0].translator().modelId()).as("the click on the shipped model won").isEqualTo("red-shoes");
        assertThat(outputPixels(robot, Color.RED)).isGreaterThan(10);
    }

    @Test
    void shuttingDownClosesTheOpenModelAndIgnoresLaterStrokes(FxRobot robot) throws Exception {
        ready(robot);
        draw(robot, 50, 220, 380, 220);
        FakeTranslator red = current();
        robot.interact(model::shutdown);
        waitUntil(() -> red.closed);
        int calls = red.calls.get();
        robot.moveTo(onCanvas(50, 300)).press(MouseButton.PRIMARY).moveTo(onCanvas(300, 300)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(red.calls.get()).isEqualTo(calls);
    }
}
