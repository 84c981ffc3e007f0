package org.ganstudio.app.latent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import org.ganstudio.app.FakeGenerator;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.engine.api.FeatureMask;
import org.ganstudio.engine.api.LatentDirection;
import org.ganstudio.engine.api.Latents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Latent studio's view model over a {@link FakeGenerator}, with a generator "thread" the test runs by hand: every
 * job waits in {@link #queue} until {@link #runAll()}.
 */
class LatentViewModelTest {

    private final FakeStudioEngine engine = new FakeStudioEngine(1);
    private final Queue<Runnable> queue = new ArrayDeque<>();
    private FakeGenerator generator;
    private GeneratorSession session;
    private LatentViewModel model;

    @TempDir
    Path temp;

    @BeforeEach
    void open() {
        engine.installGenerator("faces", "Faces", () -> generator = new FakeGenerator("faces"));
        session = new GeneratorSession(engine, queue::add, Runnable::run);
        model = new LatentViewModel(session);
        model.activate();
        runAll();
        assertThat(model.currentLatent()).isNotNull();
        assertThat(model.sliders()).hasSize(LatentViewModel.PRINCIPAL_COUNT);
    }

    private void runAll() {
        for (Runnable job = queue.poll(); job != null; job = queue.poll()) {
            job.run();
        }
    }

    @Test
    void theModelsSavedDirectionsAreTheFirstSlidersThenThePrincipalOnes() {
        float[] smile = new float[FakeGenerator.LATENT];
        smile[3] = 1;
        LatentDirection saved = new LatentDirection("smile", LatentDirection.Kind.ATTRIBUTE, smile, 0.5);
        engine.installGenerator("named", "Named", () -> new FakeGenerator("named") {
            @Override
            public List<LatentDirection> savedDirections() {
                return List.of(saved);
            }
        });
        session.refreshModels();
        runAll();
        session.selectedModelProperty().set(session.models().stream().filter(m -> m.id().equals("named")).findFirst()
                .orElseThrow());
        runAll();
        assertThat(model.sliders()).hasSize(LatentViewModel.PRINCIPAL_COUNT + 1);
        assertThat(model.sliders().get(0).name()).isEqualTo("smile");
        assertThat(model.sliders().get(1).name()).isEqualTo("PC 1");
        float[] base = model.currentLatent();
        model.sliders().get(0).amountProperty().set(2);
        runAll();
        assertThat((double) model.currentLatent()[3]).isCloseTo(base[3] + 2 * 0.5, within(1e-6));
    }

    @Test
    void aDragNeverQueuesStaleRequestsOnlyTheNewestLatentIsDrawn() {
        DirectionSlider pc1 = model.sliders().get(0);
        int before = generator.generated.size();
        for (double v = 0.25; v <= 2.0; v += 0.25) {
            pc1.amountProperty().set(v); // eight requests while the generator thread is busy elsewhere
        }
        assertThat(model.upToDateProperty().get()).isFalse();
        runAll();
        assertThat(generator.generated.size() - before).isEqualTo(1);
        assertThat(generator.generated.get(generator.generated.size() - 1)).containsExactly(model.currentLatent());
        assertThat(model.shownLatent()).containsExactly(model.currentLatent());
        assertThat(model.upToDateProperty().get()).isTrue();
    }

    @Test
    void aSliderMovesTheLatentByItsAmountTimesTheSpreadAlongItsDirection() {
        float[] base = model.currentLatent();
        model.sliders().get(1).amountProperty().set(2);
        model.sliders().get(2).amountProperty().set(-1.5);
        runAll();
        float[] moved = model.currentLatent();
        for (int i = 0; i < base.length; i++) {
            double expected = base[i] + (i == 1 ? 2 * FakeGenerator.SPREAD : i == 2 ? -1.5 * FakeGenerator.SPREAD : 0);
            assertThat((double) moved[i]).isCloseTo(expected, within(1e-6));
        }
        assertThat(model.shownLatent()).containsExactly(moved);
        model.resetSliders();
        runAll();
        assertThat(model.currentLatent()).containsExactly(base);
    }

    @Test
    void interpolationEndpointsAreExactlyAAndB() {
        model.pickCandidate(0);
        runAll();
        float[] a = model.currentLatent();
        model.setA();
        model.pickCandidate(5);
        runAll();
        float[] b = model.currentLatent();
        model.setB();
        for (LatentViewModel.Interpolation how : LatentViewModel.Interpolation.values()) {
            model.interpolationProperty().set(how);
            model.tProperty().set(0);
            runAll();
            assertThat(model.shownLatent()).as(how + " at 0").containsExactly(a);
            model.tProperty().set(1);
            runAll();
            assertThat(model.shownLatent()).as(how + " at 1").containsExactly(b);
            model.tProperty().set(0.5);
            runAll();
            assertThat(model.shownLatent()).containsExactly(how.between(a, b, 0.5));
        }
        model.tProperty().set(0.98);
        model.advance();
        model.advance();
        assertThat(model.tProperty().get()).isBetween(0.0, 1.0); // the loop turns back at B
    }

    @Test
    void switchingAFeatureMapOffChangesTheImageAndOnAgainRestoresIt() {
        model.selectedLayerProperty().set(FakeGenerator.LAYERS.get(0));
        runAll();
        assertThat(model.mapsProperty().get().tiles()).hasSize(4);
        int[] all = pixels(model.shownImage());
        model.toggleMap(0); // the map that draws the square
        runAll();
        assertThat(model.maskProperty().get().isOff(0, 0)).isTrue();
        assertThat(pixels(model.shownImage())).isNotEqualTo(all);
        assertThat(model.beforeProperty().get()).isNotNull();
        model.toggleMap(0);
        runAll();
        assertThat(model.maskProperty().get()).isEqualTo(FeatureMask.NONE);
        assertThat(pixels(model.shownImage())).isEqualTo(all);
        assertThat(model.beforeProperty().get()).isNull();
    }

    @Test
    void marksMakeAUserSliderAndSuggestTheMapsTiedToThem() {
        model.makeSlider("nothing marked");
        assertThat(model.messageIsErrorProperty().get()).isTrue();
        useLatent(1, 2, 0, 0);
        model.markWith();
        useLatent(1, -2, 0, 0);
        model.markWithout();
        model.makeSlider("green");
        LatentDirection made = model.sliders().get(model.sliders().size() - 1).direction();
        assertThat(made.kind()).isEqualTo(LatentDirection.Kind.USER);
        assertThat(made.name()).isEqualTo("green");
        assertThat((double) made.vector()[1]).isCloseTo(1, within(1e-6));

        model.selectedLayerProperty().set(FakeGenerator.LAYERS.get(0));
        model.suggestMaps();
        runAll();
        assertThat(model.maskProperty().get().isOff(0, 1)).isTrue(); // only value 1 differs between the marks
        assertThat(model.maskProperty().get().isOff(0, 0)).isFalse();
        assertThat(model.messageProperty().get()).startsWith("Switched off maps 2 of 4x4, 4 maps");
    }

    @Test
    void bookmarksSaveToAFileAndReadBackAndADamagedFileSaysWhy() throws Exception {
        model.sliders().get(0).amountProperty().set(1);
        float[] kept = model.currentLatent();
        model.bookmark("kept");
        Path file = temp.resolve("bookmarks.json");
        model.saveBookmarks(file);
        runAll();
        session.bookmarks().clear();
        model.newSample();
        runAll();
        model.openBookmarks(file);
        runAll();
        assertThat(model.bookmarks()).extracting(b -> b.name()).containsExactly("kept");
        model.loadBookmark(model.bookmarks().get(0));
        runAll();
        assertThat(model.shownLatent()).containsExactly(kept);

        Path damaged = temp.resolve("damaged.json");
        Files.writeString(damaged, "{ not json");
        model.openBookmarks(damaged);
        runAll();
        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("damaged.json").contains(FakeStudioEngine.DAMAGED_BOOKMARKS);
    }

    @Test
    void aStripIsWrittenAsOnePngOrAsALoopingGif() throws Exception {
        Path file = temp.resolve("walk.png");
        model.exportStrip(LatentViewModel.StripKind.RANDOM_WALK, file);
        runAll();
        java.awt.image.BufferedImage strip = javax.imageio.ImageIO.read(file.toFile());
        assertThat(strip.getHeight()).isEqualTo(128);
        assertThat(strip.getWidth()).isEqualTo(LatentViewModel.STRIP_FRAMES * (128 + LatentImages.GAP) - LatentImages.GAP);
        model.exportStrip(LatentViewModel.StripKind.INTERPOLATION, temp.resolve("ab.png"));
        assertThat(model.messageProperty().get()).contains("Set A and B");
        model.pickCandidate(0);
        model.setA();
        model.pickCandidate(1);
        model.setB();
        runAll();
        Path gif = temp.resolve("ab.gif");
        model.exportStrip(LatentViewModel.StripKind.INTERPOLATION, gif);
        runAll();
        javax.imageio.ImageReader reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
        try (var in = javax.imageio.ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(2 * LatentViewModel.STRIP_FRAMES - 2); // there and back
        }
    }

    @Test
    void aGeneratorThatFailsOrAModelThatWillNotOpenIsAMessageNotACrash() {
        engine.installGenerator("broken", "Broken", () -> new FakeGenerator("broken") {
            @Override
            public java.awt.image.BufferedImage generate(float[] latent, FeatureMask mask) {
                throw new OutOfMemoryError("Java heap space");
            }
        });
        session.refreshModels();
        runAll();
        session.selectedModelProperty().set(session.models().get(0)); // "broken" sorts first
        runAll();
        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("Out of memory: Java heap space");
        assertThat(model.upToDateProperty().get()).isTrue();
        assertThat(generator.closed).isTrue(); // the model it replaced was let go

        engine.addGeneratorFolder(temp.resolve("nothing"), () -> {
            throw new org.ganstudio.engine.api.StudioException("This folder holds no DCGAN checkpoint.");
        });
        session.openModelFolder(temp.resolve("nothing"));
        runAll();
        assertThat(session.problemProperty().get()).isEqualTo("Cannot open nothing: This folder holds no DCGAN "
                + "checkpoint.");
        assertThat(session.generator()).as("a folder that will not open leaves the open model open").isNotNull();
        assertThat(session.models()).as("and is not listed").noneMatch(m -> m.directory().equals(temp.resolve("nothing")));
    }

    private static java.awt.image.BufferedImage solid(int width, int height, int rgb) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    private Path png(String name, java.awt.image.BufferedImage image) throws Exception {
        Path file = temp.resolve(name);
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void projectingAnImageReportsEachStepAndTheLatentFoundBecomesTheCurrentSample() throws Exception {
        Path target = png("orange.png", solid(40, 30, 0xd0602a));
        model.sliders().get(0).amountProperty().set(1.5);
        runAll();
        float[] before = model.currentLatent();
        java.util.List<String> messages = new java.util.ArrayList<>();
        model.messageProperty().addListener((obs, old, now) -> messages.add(now));

        model.project(target);
        assertThat(model.busyProperty().get()).isTrue();
        runAll();

        assertThat(messages).contains("Finding the latent of orange.png: step 1 of 200 \u00b7 distance "
                + messages.stream().filter(m -> m.contains("step 1 of")).findFirst().orElseThrow().split("distance ")[1]);
        assertThat(messages.stream().filter(m -> m.contains(" of 200 \u00b7 distance"))).hasSize(200);
        assertThat(model.messageProperty().get()).startsWith("Found the latent nearest to orange.png");
        assertThat(model.messageIsErrorProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.currentLatent()).isNotEqualTo(before);
        assertThat(model.shownLatent()).containsExactly(model.currentLatent());
        assertThat(model.sliders()).allMatch(sl -> sl.amountProperty().get() == 0);
        assertThat(model.seedProperty().get()).isNull();
        assertThat(model.projectedTargetProperty().get()).isNotNull();
        assertThat(model.projectedFoundProperty().get()).isNotNull();
        assertThat(model.projectionSummaryProperty().get()).contains("orange.png").contains("200 steps");
        java.awt.image.BufferedImage wanted = solid(FakeGenerator.SIZE, FakeGenerator.SIZE, 0xd0602a);
        assertThat(FakeGenerator.distance(model.shownImage(), wanted))
                .isLessThan(FakeGenerator.distance(generator.generate(before, FeatureMask.NONE), wanted));
    }

    @Test
    void cancellingAProjectionKeepsTheBestLatentFoundSoFar() throws Exception {
        Path target = png("orange.png", solid(16, 16, 0xd0602a));
        float[] before = model.currentLatent();
        generator.afterProjectionStep = step -> {
            if (step == 5) {
                model.cancelWork(); // Cancel pressed while the projection runs
            }
        };
        model.project(target);
        runAll();

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).startsWith("Stopped at step 5");
        assertThat(model.projectionSummaryProperty().get()).contains("5 steps");
        assertThat(model.currentLatent()).isNotEqualTo(before);
        assertThat(model.shownLatent()).containsExactly(model.currentLatent());
    }

    @Test
    void aFileThatIsNotAPictureIsExplainedAndNothingChanges() throws Exception {
        Path notes = temp.resolve("notes.png");
        Files.writeString(notes, "these are words, not pixels");
        float[] before = model.currentLatent();

        model.project(notes);
        runAll();

        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("notes.png");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.currentLatent()).containsExactly(before);
        assertThat(model.projectedFoundProperty().get()).isNull();
    }

    @Test
    void theNearestTrainingImagesOfTheSampleComeNearestFirstAndTheModelsOwnFolderIsTheDefault() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        engine.installGenerator("own", "Own data", () -> new FakeGenerator("own") {
            @Override
            public java.util.Optional<Path> trainingFolder() {
                return java.util.Optional.of(data);
            }
        });
        model.findNearest();
        assertThat(model.messageProperty().get()).isEqualTo("Choose the folder of training images first.");
        session.refreshModels();
        runAll();
        session.selectedModelProperty().set(session.models().stream().filter(m -> m.id().equals("own")).findFirst()
                .orElseThrow());
        runAll();
        assertThat(model.nearestFolderProperty().get()).isEqualTo(data);
        javax.imageio.ImageIO.write(model.shownImage(), "png", data.resolve("b-sample.png").toFile());
        javax.imageio.ImageIO.write(solid(16, 16, 0x000000), "png", data.resolve("a-black.png").toFile());
        javax.imageio.ImageIO.write(solid(16, 16, 0xffffff), "png", data.resolve("c-white.png").toFile());
        Files.writeString(data.resolve("d-broken.png"), "not an image");

        model.findNearest();
        runAll();

        assertThat(model.nearest()).hasSize(3);
        assertThat(model.nearest().get(0).file().getFileName().toString()).isEqualTo("b-sample.png");
        assertThat(model.nearest().get(0).distance()).isZero();
        assertThat(model.nearest().get(1).distance()).isGreaterThan(0);
        assertThat(model.nearestQueryProperty().get()).isNotNull();
        assertThat(model.messageProperty().get()).contains("0.000 per pixel");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(engine.nearestFolders).containsExactly(data);
    }

    @Test
    void eachNewImageOnScreenIsTimedFromItsChangeButTheModelsFirstIsNot() {
        java.util.List<Runnable> frames = new java.util.ArrayList<>();
        model.setFrameHook(frames::add);
        assertThat(model.latencyCount()).isZero(); // the first image of the model was the warm-up
        assertThat(model.latencyProperty().get()).contains("first image, not counted");

        for (int i = 1; i <= 3; i++) {
            model.sliders().get(0).amountProperty().set(i * 0.5);
            runAll();
            assertThat(model.latencyCount()).isEqualTo(i - 1); // counted only once the frame is laid out
            frames.remove(0).run();
            assertThat(model.latencyCount()).isEqualTo(i);
        }
        assertThat(model.latencyProperty().get()).matches("\\d+ ms to screen \u00b7 median \\d+ ms");
        assertThat(model.medianLatencyMillis()).isGreaterThanOrEqualTo(0);

        engine.installGenerator("other", "Other", () -> new FakeGenerator("other"));
        session.refreshModels();
        runAll();
        session.selectedModelProperty().set(session.models().stream().filter(m -> m.id().equals("other")).findFirst()
                .orElseThrow());
        runAll();
        frames.forEach(Runnable::run);
        assertThat(model.latencyCount()).isZero();
        assertThat(model.latencyProperty().get()).contains("first image, not counted");
    }

    /** Makes the current latent (sliders at zero) the base vector with these first values, the rest zero. */
    private void useLatent(float... first) {
        float[] z = new float[FakeGenerator.LATENT];
        System.arraycopy(first, 0, z, 0, first.length);
        session.addBookmark(new org.ganstudio.engine.api.LatentBookmark("tmp", "faces", z));
        model.loadBookmark(model.bookmarks().stream().filter(b -> b.name().equals("tmp")).findFirst().orElseThrow());
        runAll();
        assertThat(Arrays.equals(model.currentLatent(), z)).isTrue();
        assertThat(Latents.norm(z)).isPositive();
    }

    private static int[] pixels(java.awt.image.BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
