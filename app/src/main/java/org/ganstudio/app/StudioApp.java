package org.ganstudio.app;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;
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
import org.ganstudio.engine.api.Engines;
import org.ganstudio.engine.api.StudioEngine;

/**
 * The desktop app. Options: {@code --snapshot=FILE} writes a PNG of the window once it is shown (for
 * screenshots without a screen grabber), {@code --exit-after-snapshot} quits afterwards.
 */
public final class StudioApp extends Application {

    /** Where the engine comes from; tests replace it before launching. */
    static Supplier<StudioEngine> engineFactory = Engines::create;

    private StudioEngine engine;
    private MainWindow window;

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
        window = new MainWindow(engine, new BackgroundTasks());
        Scene scene = new Scene(window, 1280, 800);
        MainWindow.applyStyles(scene);
        stage.setTitle("GAN Studio");
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> window.shutdown());
        // Ctrl+C or a plain kill: a running training still writes its checkpoint before the process ends.
        Runtime.getRuntime().addShutdownHook(new Thread(window::shutdown, "studio-shutdown"));
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

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
        if (engine != null) {
            engine.close();
        }
    }
}
