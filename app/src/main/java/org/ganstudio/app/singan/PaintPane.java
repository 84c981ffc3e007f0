package org.ganstudio.app.singan;

import static org.ganstudio.app.common.Controls.button;
import static org.ganstudio.app.common.Controls.caption;
import static org.ganstudio.app.common.Controls.hint;
import static org.ganstudio.app.singan.SinganView.labelled;
import static org.ganstudio.app.singan.SinganView.picture;
import static org.ganstudio.app.singan.SinganView.scaleSlider;
import static org.ganstudio.app.singan.SinganView.toPicture;

import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Paint tab: brushes over the training picture, the injection scale, the grid across scales. */
final class PaintPane extends VBox {

    PaintPane(PaintTool tool, SinganViewModel studio) {
        super(10);
        getStyleClass().add("tab-body");
        ImageView canvas = picture("singan-paint-canvas", tool.paintingProperty(), 480, 260);
        canvas.setCursor(Cursor.CROSSHAIR);
        canvas.setOnMousePressed(e -> {
            double[] p = toPicture(canvas, e.getX(), e.getY());
            tool.press(p[0], p[1]);
        });
        canvas.setOnMouseDragged(e -> {
            double[] p = toPicture(canvas, e.getX(), e.getY());
            tool.drag(p[0], p[1]);
        });
        canvas.setOnMouseReleased(e -> tool.release());
        ColorPicker colour = new ColorPicker();
        colour.setId("singan-paint-colour");
        colour.valueProperty().bindBidirectional(tool.colourProperty());
        ToggleButton dropper = new ToggleButton("Pick colour");
        dropper.setId("singan-paint-eyedropper");
        dropper.setTooltip(new Tooltip("Then click the picture: the brush takes the training picture's colour there"));
        dropper.selectedProperty().bindBidirectional(tool.eyedropperProperty());
        Slider size = new Slider(1, 40, tool.brushSizeProperty().get());
        size.setId("singan-paint-size");
        size.setPrefWidth(120);
        size.valueProperty().bindBidirectional(tool.brushSizeProperty());
        Label sizeValue = new Label();
        sizeValue.textProperty().bind(tool.brushSizeProperty().asString("%.0f px"));
        Button undo = button("singan-paint-undo", "Undo", tool::undo);
        undo.disableProperty().bind(tool.canUndoProperty().not());
        Button clear = button("singan-paint-clear", "Clear", tool::clear);
        clear.setTooltip(new Tooltip("Back to the training picture"));
        Button fill = button("singan-paint-fill", "Blank page", tool::fillWithColour);
        fill.setTooltip(new Tooltip("Cover the whole picture with the brush colour, to paint a layout from scratch"));
        Button paint = button("singan-paint-run", "Paint to image", tool::render);
        paint.getStyleClass().add("accent");
        Button grid = button("singan-paint-grid", "Grid across scales", tool::gridAcrossScales);
        grid.setTooltip(new Tooltip("One result per injection scale, to see which works best"));
        grid.disableProperty().bind(studio.busyProperty());
        getChildren().addAll(caption("Paint to image"),
                hint("Paint coarse colours over the picture (a blue blob for water, say); the model redraws the "
                        + "painting in the picture's texture from the injection scale up, or start from a blank page "
                        + "in one colour. Each stroke is sent when the mouse is released."),
                new HBox(8, colour, dropper, new Label("Brush"), size, sizeValue, undo, clear, fill),
                canvas,
                scaleSlider("singan-paint-scale", "Injection scale", tool.scaleProperty(), studio.scaleCountProperty(),
                        1),
                labelled("", paint, grid));
    }
}
