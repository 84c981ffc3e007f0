package org.ganstudio.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ganstudio.app.latent.LatentView;
import org.ganstudio.app.sketch.SketchView;

/**
 * The Help, shown over the window (F1 or the "?" button; Esc or Close hides it): what the studio is and where the
 * licences of its models and sample data are written, and the keyboard shortcuts.
 */
final class HelpView extends StackPane {

    /** Shortcuts of the window itself; each studio adds its own. */
    static final List<String[]> WINDOW_SHORTCUTS = List.of(new String[] {"F1", "Open or close this help"},
            new String[] {"Esc", "Close this help"});

    HelpView(Runnable close) {
        setId("help");
        getStyleClass().add("help-scrim");
        Label title = new Label("GAN Studio " + version());
        title.setId("help-title");
        title.getStyleClass().add("help-title");
        Label about = new Label("A desktop studio for training and playing with GANs: Pix2Pix, DCGAN, SinGAN, "
                + "CycleGAN and more, on DJL with PyTorch. Everything runs on this computer.");
        about.setWrapText(true);
        Label licences = new Label("Licences: the shipped models' cards (training data and its licence, settings) are "
                + "in models/README.md; the sample data and its licences in assets/ATTRIBUTION.md and assets/licenses/. Third-party libraries keep their own licences (DJL and PyTorch: Apache 2.0 "
                + "and BSD; JavaFX: GPL 2 with the Classpath Exception).");
        licences.setId("help-licences");
        licences.setWrapText(true);
        VBox card = new VBox(12, title, about, licences, section("Keyboard shortcuts"), shortcuts(), closeRow(close));
        card.getStyleClass().add("help-card");
        card.setFillWidth(true);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                close.run(); // a click beside the card closes it
            }
        });
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sketch-caption");
        return label;
    }

    private static GridPane shortcuts() {
        GridPane grid = new GridPane();
        grid.setId("help-shortcuts");
        grid.setHgap(18);
        grid.setVgap(4);
        int row = 0;
        Map<String, List<String[]>> groups = new LinkedHashMap<>();
        groups.put("", WINDOW_SHORTCUTS);
        groups.put(" (Sketch)", SketchView.SHORTCUTS);
        groups.put(" (Latent)", LatentView.SHORTCUTS);
        for (Map.Entry<String, List<String[]>> group : groups.entrySet()) {
            for (String[] entry : group.getValue()) {
                Label key = new Label(entry[0]);
                key.getStyleClass().add("help-key");
                grid.addRow(row++, key, new Label(entry[1] + group.getKey()));
            }
        }
        return grid;
    }

    private static HBox closeRow(Runnable close) {
        Button button = new Button("Close");
        button.setId("help-close");
        button.setDefaultButton(true);
        button.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new HBox(spacer, button);
    }

    /** The project version the build wrote into version.properties ("development build" when run unbuilt). */
    static String version() {
        try (InputStream in = HelpView.class.getResourceAsStream("/org/ganstudio/app/version.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isBlank() && !version.startsWith("$")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // falls through to the unknown version
        }
        return "(development build)";
    }
}
