package org.ganstudio.app.singan;

import static org.ganstudio.app.common.Controls.button;
import static org.ganstudio.app.common.Controls.caption;
import static org.ganstudio.app.common.Controls.hint;
import static org.ganstudio.app.singan.SinganView.labelled;
import static org.ganstudio.app.singan.SinganView.picture;
import static org.ganstudio.app.singan.SinganView.scaleSlider;

import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.VBox;

/** The Random samples tab: start scale, output size, number of samples, "New samples", the comparison strip. */
final class SamplesPane extends VBox {

    SamplesPane(SamplesTool tool, SinganViewModel studio) {
        super(10);
        getStyleClass().add("tab-body");
        Spinner<Integer> width = spinner("singan-width", tool.widthProperty(), 8, 2048, 8);
        Spinner<Integer> height = spinner("singan-height", tool.heightProperty(), 8, 2048, 8);
        Button same = button("singan-size-1x", "1x", () -> tool.sizeFactor(1));
        Button wider = button("singan-size-15x", "1.5x wide", () -> tool.sizeFactor(1.5));
        Button widest = button("singan-size-2x", "2x wide", () -> tool.sizeFactor(2));
        same.getStyleClass().add("small");
        wider.getStyleClass().add("small");
        widest.getStyleClass().add("small");
        Spinner<Integer> count = spinner("singan-count", tool.countProperty(), 1, SamplesTool.MAX_SAMPLES, 1);
        Button fresh = button("singan-new-samples", "New samples", tool::newSamples);
        fresh.getStyleClass().add("accent");
        getChildren().addAll(caption("Random samples"),
                hint("Pictures like the training one, of any size. Noise enters from the start scale up: start at "
                        + "0 for the most variety, higher to keep more of the picture's layout."),
                scaleSlider("singan-start-scale", "Start scale", tool.startScaleProperty(), studio.scaleCountProperty(),
                        0),
                labelled("Output size", width, new Label("x"), height, same, wider, widest),
                labelled("Samples", count, fresh),
                caption("The seed's sample started at each scale"),
                picture("singan-strip", tool.stripProperty(), 500, 120));
    }

    static Spinner<Integer> spinner(String id, IntegerProperty value, int min, int max, int step) {
        Spinner<Integer> spinner = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, Math.max(min, value.get()), step);
        spinner.setValueFactory(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(84);
        factory.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                value.set(now);
            }
        });
        value.addListener((obs, old, now) -> factory.setValue(Math.max(min, Math.min(max, now.intValue()))));
        return spinner;
    }
}
