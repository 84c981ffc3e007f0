package org.ganstudio.app.singan;

import static org.ganstudio.app.common.Controls.button;
import static org.ganstudio.app.common.Controls.caption;
import static org.ganstudio.app.common.Controls.hint;
import static org.ganstudio.app.singan.SinganView.labelled;
import static org.ganstudio.app.singan.SinganView.picture;
import static org.ganstudio.app.singan.SinganView.scaleSlider;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;

/** The Animate tab: frames, scale and step; the preview playing; export as a looping GIF. */
final class AnimatePane extends VBox {

    AnimatePane(AnimationTool tool, SinganViewModel studio, Consumer<Consumer<Path>> chooseGif) {
        super(10);
        getStyleClass().add("tab-body");
        Spinner<Integer> frames = SamplesPane.spinner("singan-animate-frames", tool.framesProperty(), 2, 120, 1);
        Slider step = new Slider(0.01, 1, tool.stepProperty().get());
        step.setId("singan-animate-step");
        step.setPrefWidth(200);
        step.valueProperty().bindBidirectional(tool.stepProperty());
        Label stepValue = new Label();
        stepValue.textProperty().bind(tool.stepProperty().asString("%.2f"));
        Button animate = button("singan-animate-run", "Animate", tool::animate);
        animate.getStyleClass().add("accent");
        animate.disableProperty().bind(studio.busyProperty());
        ToggleButton play = new ToggleButton("Play");
        play.setId("singan-animate-play");
        play.selectedProperty().bindBidirectional(tool.playingProperty());
        play.disableProperty().bind(tool.frameCountProperty().isEqualTo(0));
        Button export = button("singan-animate-export", "Export GIF\u2026", () -> chooseGif.accept(tool::exportGif));
        export.disableProperty().bind(studio.busyProperty());
        Label count = new Label();
        count.getStyleClass().add("hint");
        count.textProperty().bind(tool.frameCountProperty().asString("%d frames"));
        getChildren().addAll(caption("Animation"),
                hint("A looping walk of the noise at one scale, the coarser ones fixed: low scales move whole "
                        + "shapes, high ones only texture."),
                labelled("Frames", frames),
                scaleSlider("singan-animate-scale", "Scale", tool.scaleProperty(), studio.scaleCountProperty(), 0),
                labelled("Step", step, stepValue),
                labelled("", animate, play, export),
                picture("singan-animate-preview", tool.frameProperty(), 480, 220), count);
    }
}
