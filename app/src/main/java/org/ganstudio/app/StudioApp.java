package org.ganstudio.app;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.shell.MainWindow;
import org.ganstudio.app.train.RecentRuns;
import org.ganstudio.engine.api.Engines;
import org.ganstudio.engine.api.StudioEngine;

/**
 * The desktop app. Options: {@code --snapshot=FILE} writes a PNG of the window once it is shown (for
 * screenshots without a screen grabber), {@code --exit-after-snapshot} quits afterwards.
 */
public final class StudioApp extends Application {

    /** Where the engine comes from; tests replace it before launching. */
    static Supplier<StudioEngine> engineFactory = Engines::create;

    /** How long a closing studio waits for a running step and the cancel's checkpoint. */
    static final Duration STOP_BOUND = Duration.ofSeconds(120);

    private StudioEngine engine;
    private MainWindow window;
    private CompletableFuture<Void> stopping;

    @Override
    public void start(Stage stage) {
        try {
            engine = engineFactory.get();
        } catch (RuntimeException | LinkageError e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "The engine could not start: " + e.getMessage());
            alert.setHeaderText("GAN Studio cannot start");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        window = new MainWindow(engine, new BackgroundTasks(), RecentRuns.forUser());
        Scene scene = new Scene(window, 1280, 800);
        MainWindow.applyStyles(scene);
        stage.setTitle("GAN Studio");
        stage.setScene(scene);
        // Ctrl+C or a plain kill: a running training still writes its checkpoint before the process ends.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitStopped(stopWork()), "studio-shutdown"));
        stage.show();
        snapshotIfAsked(scene, getParameters().getRaw());
    }

    private static void snapshotIfAsked(Scene scene, List<String> args) {
        String target = args.stream().filter(a -> a.startsWith("--snapshot=")).map(a -> a.substring(11)).findFirst()
                .orElse(null);
        if (target == null) {
            return;
        }
        boolean exit = args.contains("--exit-after-snapshot");
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        settle.setOnFinished(e -> {
            BufferedImage image = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
            try {
                ImageIO.write(image, "png", new File(target));
            } catch (IOException ex) {
                System.err.println("Could not write " + target + ": " + ex.getMessage());
            }
            if (exit) {
                Platform.exit();
            }
        });
        settle.play();
    }

    /**
     * The window has closed (it is gone already): the training is asked to stop, and a thread that is not a
     * daemon keeps the process alive until its checkpoint is written (or {@link #STOP_BOUND} passes), then
     * closes the engine. The UI thread never waits.
     */
    @Override
    public void stop() {
        CompletableFuture<Void> stopped = stopWork();
        Thread exit = new Thread(() -> {
            if (awaitStopped(stopped) && engine != null) {
                engine.close();
            }
        }, "studio-exit");
        exit.setDaemon(false);
        exit.start();
    }

    /** Starts stopping once (the window, Ctrl+C or both may ask) and answers when the training has stopped. */
    private synchronized CompletableFuture<Void> stopWork() {
        if (stopping == null) {
            stopping = window == null ? CompletableFuture.completedFuture(null) : window.shutdown();
        }
        return stopping;
    }

    /** Waits for the training to stop, at most {@link #STOP_BOUND}; true when it did. */
    private static boolean awaitStopped(CompletableFuture<Void> stopped) {
        try {
            stopped.get(STOP_BOUND.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("GAN Studio: the training did not stop within " + STOP_BOUND.toSeconds()
                    + " s; its last checkpoint is kept.");
            return false;
        }
    }
}
