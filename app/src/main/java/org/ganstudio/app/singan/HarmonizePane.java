package org.ganstudio.app.singan;

import static org.ganstudio.app.common.Controls.button;
import static org.ganstudio.app.common.Controls.caption;
import static org.ganstudio.app.common.Controls.hint;
import static org.ganstudio.app.singan.SinganView.labelled;
import static org.ganstudio.app.singan.SinganView.picture;
import static org.ganstudio.app.singan.SinganView.scaleSlider;
import static org.ganstudio.app.singan.SinganView.toPicture;

import java.nio.file.Path;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Harmonize tab: the object to paste, dragged into place on the picture and scaled; the scale to harmonize at. */
final class HarmonizePane extends VBox {

    HarmonizePane(HarmonizeTool tool, SinganViewModel studio, Runnable chooseFile) {
        super(10);
        getStyleClass().add("tab-body");
        ComboBox<Path> objects = new ComboBox<>(tool.shippedObjects());
        objects.setId("singan-object-choice");
        objects.promptTextProperty().bind(javafx.beans.binding.Bindings.when(
                javafx.beans.binding.Bindings.isEmpty(tool.shippedObjects())).then("No cut-outs installed")
                .otherwise("A shipped cut-out"));
        objects.setPrefWidth(200);
        objects.valueProperty().bindBidirectional(tool.chosenObjectProperty());
        objects.setConverter(new StringConverter<>() {
            @Override
            public String toString(Path p) {
                if (p == null) {
                    return "";
                }
                String name = p.getFileName().toString();
                return name.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
            }

            @Override
            public Path fromString(String s) {
                return null;
            }
        });
        Button open = button("singan-object-open", "Open object\u2026", chooseFile);
        ImageView composite = picture("singan-harmonize-canvas", tool.compositeProperty(), 480, 260);
        composite.cursorProperty().bind(javafx.beans.binding.Bindings.when(
                tool.dragProperty().isEqualTo(HarmonizeTool.Drag.MOVE)).then(Cursor.MOVE).otherwise(Cursor.CROSSHAIR));
        composite.setOnMousePressed(e -> dragAt(tool, composite, e.getX(), e.getY()));
        composite.setOnMouseDragged(e -> dragAt(tool, composite, e.getX(), e.getY()));
        ToggleGroup modes = new ToggleGroup();
        ToggleButton moveMode = mode(modes, HarmonizeTool.Drag.MOVE, "singan-drag-move", "Move");
        ToggleButton brushMode = mode(modes, HarmonizeTool.Drag.BRUSH, "singan-drag-brush", "Brush mask");
        ToggleButton eraseMode = mode(modes, HarmonizeTool.Drag.ERASE, "singan-drag-erase", "Erase mask");
        modes.selectToggle(moveMode);
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                modes.selectToggle(old); // one mode is always on
            } else {
                tool.dragProperty().set((HarmonizeTool.Drag) now.getUserData());
            }
        });
        Slider brush = new Slider(1, 40, tool.brushRadiusProperty().get());
        brush.setId("singan-mask-brush-size");
        brush.setPrefWidth(140);
        Label brushValue = new Label();
        brushValue.textProperty().bind(tool.brushRadiusProperty().multiply(2).asString("%.0f px"));
        brushValue.disableProperty().bind(brush.disableProperty());
        brush.valueProperty().bindBidirectional(tool.brushRadiusProperty());
        brush.disableProperty().bind(tool.dragProperty().isEqualTo(HarmonizeTool.Drag.MOVE));
        Button reset = button("singan-mask-reset", "Reset mask", tool::resetMask);
        reset.disableProperty().bind(tool.brushedMaskProperty().isNull());
        Slider size = new Slider(0.05, 1, tool.sizeProperty().get());
        size.setId("singan-object-size");
        size.setPrefWidth(200);
        size.valueProperty().bindBidirectional(tool.sizeProperty());
        Label sizeValue = new Label();
        sizeValue.textProperty().bind(tool.sizeProperty().multiply(100).asString("%.0f%% of the height"));
        Button harmonize = button("singan-harmonize-run", "Harmonize", tool::harmonize);
        harmonize.getStyleClass().add("accent");
        getChildren().addAll(caption("Harmonization"),
                hint("Paste an object, drag it into place and size it; the model redraws it in the picture's look. "
                        + "Its opaque pixels are the mask; for a photo without transparency, brush over the part to "
                        + "paste (the rest is shown faint). \u201cBefore\u201d over the result shows the pasted picture."),
                labelled("Object", objects, open),
                labelled("Drag to", moveMode, brushMode, eraseMode),
                labelled("Mask brush", brush, brushValue, reset),
                composite,
                labelled("Size", size, sizeValue),
                scaleSlider("singan-harmonize-scale", "Harmonize at", tool.scaleProperty(), studio.scaleCountProperty(),
                        1),
                labelled("", harmonize));
    }

    private static ToggleButton mode(ToggleGroup group, HarmonizeTool.Drag drag, String id, String text) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(drag);
        b.setToggleGroup(group);
        return b;
    }

    private static void dragAt(HarmonizeTool tool, ImageView view, double x, double y) {
        double[] p = toPicture(view, x, y);
        tool.dragAt(p[0], p[1]);
    }
}
