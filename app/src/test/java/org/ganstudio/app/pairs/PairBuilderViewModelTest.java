package org.ganstudio.app.pairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.pairs.PairBuilderViewModel.BuildState;
import org.ganstudio.engine.api.EdgeMethod;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.PairBuildRequest;
import org.ganstudio.engine.api.PairBuildSummary;
import org.ganstudio.engine.api.PairInputKind;
import org.ganstudio.engine.api.SkippedFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pair builder's state without a window: settings, preview requests, build progress and cancel. */
class PairBuilderViewModelTest {

    /** Runs what it is given only when the test says so. */
    private static final class ManualExecutor implements Executor {
        private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        void runAll() {
            Runnable next;
            while ((next = queue.poll()) != null) {
                next.run();
            }
        }

        boolean isEmpty() {
            return queue.isEmpty();
        }
    }

    @TempDir
    Path temp;

    private final FakeStudioEngine engine = new FakeStudioEngine(1);
    private final ManualExecutor worker = new ManualExecutor();
    private final ManualExecutor ui = new ManualExecutor();
    private final ExecutorService buildThread = Executors.newSingleThreadExecutor();
    private final AtomicReference<Path> used = new AtomicReference<>();
    private final PairBuilderViewModel model = new PairBuilderViewModel(engine, worker, buildThread, ui, used::set);

    @AfterEach
    void stop() {
        model.shutdown();
        buildThread.shutdownNow();
    }

    private Path photoFolder(int n) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("shoes"));
        for (int i = 0; i < n; i++) {
            BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 40, 30);
            g.setColor(new Color(30 * i, 20, 20));
            g.fillRect(10, 8, 20, 14);
            g.dispose();
            ImageIO.write(image, "png", folder.resolve("shoe" + i + ".png").toFile());
        }
        return folder;
    }

    /** Runs background and UI work until both are idle (everything is on this thread). */
    private void settle() {
        while (!worker.isEmpty() || !ui.isEmpty()) {
            worker.runAll();
            ui.runAll();
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(end);
            Thread.sleep(2);
        }
    }

    @Test
    void cannySlidersMapToCannySettings() {
        model.methodProperty().set(EdgeMethod.CANNY);
        model.sigmaProperty().set(2.0);
        model.highThresholdProperty().set(0.3);
        model.lowThresholdProperty().set(0.15);
        model.thinProperty().set(false);
        model.speckPixelsProperty().set(4.6);

        assertThat(model.edgeSettings()).isEqualTo(
                EdgeSettings.canny().withSigma(2.0).withThresholds(0.15, 0.3).withCleanup(false, 5));
    }

    @Test
    void anUntouchedSpeckSizeFollowsTheMethodsDefaultAndAChosenOneStays() {
        model.methodProperty().set(EdgeMethod.CANNY);
        assertThat(model.edgeSettings()).isEqualTo(EdgeSettings.canny());
        model.methodProperty().set(EdgeMethod.XDOG);
        assertThat(model.edgeSettings()).isEqualTo(EdgeSettings.xdog());

        model.speckPixelsProperty().set(30);
        model.methodProperty().set(EdgeMethod.CANNY);
        assertThat(model.edgeSettings().minSpeckPixels()).isEqualTo(30);
    }

    @Test
    void xdogSlidersMapToXdogSettings() {
        model.methodProperty().set(EdgeMethod.XDOG);
        model.tauProperty().set(0.95);
        model.epsilonProperty().set(0.02);
        model.phiProperty().set(120);
        model.speckPixelsProperty().set(0);

        EdgeSettings settings = model.edgeSettings();
        assertThat(settings.method()).isEqualTo(EdgeMethod.XDOG);
        assertThat(settings.tau()).isEqualTo(0.95);
        assertThat(settings.epsilon()).isEqualTo(0.02);
        assertThat(settings.phi()).isEqualTo(120);
        assertThat(settings.minSpeckPixels()).isZero();
        assertThat(settings.k()).isEqualTo(EdgeSettings.xdog().k());
    }

    @Test
    void raisingTheLowThresholdAboveTheHighOneRaisesTheHighOne() {
        model.methodProperty().set(EdgeMethod.CANNY);
        model.highThresholdProperty().set(0.2);
        model.lowThresholdProperty().set(0.4);

        assertThat(model.highThresholdProperty().get()).isEqualTo(0.4);
        assertThat(model.edgeSettings().highThreshold()).isEqualTo(0.4);
        model.highThresholdProperty().set(0.1);
        assertThat(model.lowThresholdProperty().get()).isEqualTo(0.1);
    }

    @Test
    void theOutputFolderFollowsThePhotosUntilChosenByHand() {
        model.photosProperty().set("/data/shoes/");
        assertThat(model.outputProperty().get()).isEqualTo("/data/shoes-pairs");
        model.outputProperty().set("/data/my-pairs");
        model.photosProperty().set("/data/boots");
        assertThat(model.outputProperty().get()).isEqualTo("/data/my-pairs");
    }

    @Test
    void theRequestCarriesTheFormsChoices() {
        model.photosProperty().set("/data/shoes");
        model.sideProperty().set(64);
        model.inputProperty().set(PairInputKind.GREY);

        PairBuildRequest request = model.request();
        assertThat(request.photos()).isEqualTo(Path.of("/data/shoes"));
        assertThat(request.out()).isEqualTo(Path.of("/data/shoes-pairs"));
        assertThat(request.side()).isEqualTo(64);
        assertThat(request.input()).isEqualTo(PairInputKind.GREY);
        assertThat(request.edges()).isNull();
        assertThat(request.validationFraction()).as("10 % held out unless chosen").isEqualTo(0.1);

        model.heldOutPercentProperty().set(20);
        assertThat(model.request().validationFraction()).isEqualTo(0.2);
        model.heldOutPercentProperty().set(0);
        assertThat(model.request().validationFraction()).isZero();
    }

    @Test
    void aFolderShowsItsFirstPhotoAndItsEdgesAndNextPhotoCycles() throws Exception {
        model.photosProperty().set(photoFolder(2).toString());
        model.loadFolder();
        settle();

        assertThat(model.folderMessageProperty().get()).startsWith("2 photos in");
        assertThat(model.photoNameProperty().get()).isEqualTo("shoe0.png (1 of 2)");
        assertThat(model.previewPhotoProperty().get()).isNotNull();
        assertThat(model.previewInputProperty().get().getWidth()).isEqualTo(256);
        model.nextPhoto();
        assertThat(model.photoNameProperty().get()).isEqualTo("shoe1.png (2 of 2)");
        model.nextPhoto();
        assertThat(model.photoNameProperty().get()).isEqualTo("shoe0.png (1 of 2)");
    }

    @Test
    void whileAPreviewIsWaitingOnlyTheNewestSettingsAreComputed() throws Exception {
        model.photosProperty().set(photoFolder(1).toString());
        model.loadFolder();
        worker.runAll(); // lists the folder; the first preview now waits
        ui.runAll();
        model.sigmaProperty().set(1.0);
        model.sigmaProperty().set(2.0);
        model.sigmaProperty().set(3.0);
        settle();

        assertThat(engine.previewSettings).extracting(EdgeSettings::sigma).containsExactly(3.0);
        assertThat(model.previewInputProperty().get()).isNotNull();
    }

    @Test
    void aMissingFolderOrOneWithoutPhotosIsExplained() throws Exception {
        model.photosProperty().set(temp.resolve("nowhere").toString());
        model.loadFolder();
        settle();
        assertThat(model.folderMessageProperty().get()).startsWith("There is no folder at");
        assertThat(model.previewPhotoProperty().get()).isNull();

        Path empty = Files.createDirectories(temp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "no photos here");
        model.photosProperty().set(empty.toString());
        model.loadFolder();
        settle();
        assertThat(model.folderMessageProperty().get()).startsWith("There are no photos");
    }

    @Test
    void buildingWithoutAPhotoFolderSaysWhatIsMissing() {
        model.build();
        assertThat(model.stateProperty().get()).isEqualTo(BuildState.FAILED);
        assertThat(model.resultProperty().get()).isEqualTo("Choose a folder of photos first.");
    }

    @Test
    void aBuildShowsProgressAndCancellingKeepsThePairsItWrote() throws Exception {
        model.photosProperty().set("/data/shoes");
        model.build();
        assertThat(model.stateProperty().get()).isEqualTo(BuildState.BUILDING);
        assertThat(model.busyProperty().get()).isTrue();

        engine.pairSteps.release(3);
        waitFor(() -> engine.pairProgressCalls.get() == 3);
        ui.runAll();
        assertThat(model.progressProperty().get()).isEqualTo(0.3);
        assertThat(model.progressTextProperty().get()).isEqualTo("3 of 10 · photo3.png");
        assertThat(model.canUseProperty().get()).isFalse();

        model.cancel();
        assertThat(model.stateProperty().get()).isEqualTo(BuildState.CANCELLING);
        assertThat(model.canCancelProperty().get()).isFalse();
        waitFor(() -> !ui.isEmpty());
        ui.runAll();

        assertThat(model.stateProperty().get()).isEqualTo(BuildState.FINISHED);
        assertThat(model.resultProperty().get())
                .isEqualTo("Cancelled: wrote 3 pairs (3 train, 0 val). Build again to finish the rest.");
        assertThat(model.progressProperty().get()).isEqualTo(0.3);
        assertThat(model.canUseProperty().get()).isTrue();
        model.usePairs();
        assertThat(used.get()).isEqualTo(Path.of("/data/shoes-pairs"));
    }

    @Test
    void aFinishedBuildReportsCountsAndListsSkippedFilesWithReasons() throws Exception {
        engine.pairSkipped = List.of(new SkippedFile("broken.jpg", "the file is cut short (truncated) or damaged"));
        engine.pairPhotos = 8;
        engine.pairSteps.release(8);
        model.photosProperty().set("/data/shoes");
        model.build();
        waitFor(() -> model.summaryProperty().get() != null || drained());

        assertThat(model.stateProperty().get()).isEqualTo(BuildState.FINISHED);
        assertThat(model.resultProperty().get()).isEqualTo("Wrote 8 pairs (6 train, 2 val); 1 skipped.");
        assertThat(model.skippedFiles()).containsExactly("broken.jpg — the file is cut short (truncated) or damaged");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(engine.lastPairRequest.edges()).isEqualTo(model.edgeSettings());
    }

    /** Runs queued UI work from the test thread; false so that a wait loop goes on. */
    private boolean drained() {
        ui.runAll();
        return false;
    }

    @Test
    void anEngineErrorEndsTheBuildWithItsMessage() throws Exception {
        model.photosProperty().set("/data/missing");
        model.build();
        waitFor(() -> model.stateProperty().get() == BuildState.FAILED || drained());

        assertThat(model.resultProperty().get()).isEqualTo("The folder /data/missing does not exist.");
        assertThat(model.canUseProperty().get()).isFalse();
    }

    @Test
    void theResultLineSaysWhenNothingCouldBeBuilt() {
        PairBuildRequest request = PairBuildRequest.grey(Path.of("/data/shoes"), Path.of("/out"), 64);
        assertThat(PairBuilderViewModel.describe(request,
                new PairBuildSummary(Path.of("/out"), 0, 0, 0, 0, List.of(), false)))
                .isEqualTo("There are no photos in /data/shoes.");
        assertThat(PairBuilderViewModel.describe(request, new PairBuildSummary(Path.of("/out"), 0, 0, 0, 0,
                List.of(new SkippedFile("a.png", "bad"), new SkippedFile("b.png", "bad")), false)))
                .isEqualTo("No pair could be made: 2 files skipped (see below).");
        assertThat(PairBuilderViewModel.describe(request,
                new PairBuildSummary(Path.of("/out"), 1, 2, 2, 1, List.of(), false)))
                .isEqualTo("Wrote 1 pair, 2 already there (2 train, 1 val).");
    }
}
