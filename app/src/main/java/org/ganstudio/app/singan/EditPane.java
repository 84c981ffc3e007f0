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
import javafx.scene.control.CheckBox;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** The Edit tab: drag to select a region, drag it elsewhere, apply at a scale. */
final class EditPane extends VBox {

    private final ImageView view;
    private final Rectangle from = frame(Color.web("#f0c040"));
    private final Rectangle to = frame(Color.web("#40c0f0"));

    EditPane(EditTool tool, SinganViewModel studio) {
        super(10);
        getStyleClass().add("tab-body");
        view = picture("singan-edit-canvas", tool.editedProperty(), 480, 260);
        Pane board = new Pane(view, from, to);
        board.setId("singan-edit-board");
        board.setCursor(Cursor.CROSSHAIR);
        board.setOnMousePressed(e -> {
            double[] p = toPicture(view, e.getX(), e.getY());
            tool.press(p[0], p[1]);
        });
        board.setOnMouseDragged(e -> {
            double[] p = toPicture(view, e.getX(), e.getY());
            tool.drag(p[0], p[1]);
        });
        tool.selectionProperty().addListener((obs, old, now) -> place(from, now));
        tool.targetProperty().addListener((obs, old, now) -> place(to, now));
        view.imageProperty().addListener((obs, old, now) -> {
            place(from, tool.selectionProperty().get());
            place(to, tool.targetProperty().get());
        });
        CheckBox copy = new CheckBox("Copy (keep the original)");
        copy.setId("singan-edit-copy");
        copy.selectedProperty().bindBidirectional(tool.copyProperty());
        Button apply = button("singan-edit-run", "Apply edit", tool::apply);
        apply.getStyleClass().add("accent");
        getChildren().addAll(caption("Editing"),
                hint("Drag over the picture to select a region (yellow), then drag inside it to move it (blue). The "
                        + "model redraws the moved region and the place it left, so the seams disappear."),
                board, copy,
                scaleSlider("singan-edit-scale", "Inject at", tool.scaleProperty(), studio.scaleCountProperty(), 1),
                labelled("", apply));
    }

    private static Rectangle frame(Color colour) {
        Rectangle r = new Rectangle();
        r.setFill(Color.TRANSPARENT);
        r.setStroke(colour);
        r.setStrokeWidth(2);
        r.getStrokeDashArray().addAll(6.0, 4.0);
        r.setMouseTransparent(true);
        r.setVisible(false);
        return r;
    }

    /** Shows a rectangle given in picture pixels over the picture. */
    private void place(Rectangle shape, java.awt.Rectangle r) {
        if (r == null || view.getImage() == null) {
            shape.setVisible(false);
            return;
        }
        double k = view.getBoundsInLocal().getWidth() / view.getImage().getWidth();
        shape.setX(r.x * k);
        shape.setY(r.y * k);
        shape.setWidth(r.width * k);
        shape.setHeight(r.height * k);
        shape.setVisible(true);
    }
}
