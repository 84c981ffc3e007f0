package org.ganstudio.app.sketch;

import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.effect.BlendMode;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * The drawing surface: the photo to trace (if any, at its chosen opacity) under the drawing, which is multiplied
 * over it so white paper lets the photo through; the pen's footprint under the pointer; mouse strokes passed to
 * the view model in drawing pixels. Shown at the drawing's own size when there is room, smaller when not.
 */
final class SketchCanvas extends Canvas {

    private static final Color FOOTPRINT = Color.web("#3b6fd4", 0.8);

    private final SketchViewModel model;
    private double hoverX = Double.NaN;
    private double hoverY = Double.NaN;

    SketchCanvas(SketchViewModel model, double side) {
        super(side, side);
        this.model = model;
        setId("sketch-canvas");
        getStyleClass().add("sketch-canvas");
        setCursor(Cursor.CROSSHAIR);
        setFocusTraversable(true);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> model.endStroke());
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            hoverX = Double.NaN;
            redraw();
        });
        model.sketchImageProperty().addListener((obs, old, now) -> redraw());
        model.penSizeProperty().addListener((obs, old, now) -> redraw());
        model.tracePhotoProperty().addListener((obs, old, now) -> redraw());
        model.traceOpacityProperty().addListener((obs, old, now) -> redraw());
        redraw();
    }

    /** Changes the on-screen side. */
    void resizeTo(double side) {
        setWidth(side);
        setHeight(side);
        redraw();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        hover(e);
        model.beginStroke(toDrawing(e.getX()), toDrawing(e.getY()));
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        hoverX = e.getX();
        hoverY = e.getY();
        model.strokeTo(toDrawing(e.getX()), toDrawing(e.getY())); // redraws through the sketch image
    }

    private void hover(MouseEvent e) {
        hoverX = e.getX();
        hoverY = e.getY();
        redraw();
    }

    private double scale() {
        return getWidth() / model.side();
    }

    private double toDrawing(double screen) {
        return screen / scale();
    }

    private void redraw() {
        GraphicsContext g = getGraphicsContext2D();
        g.setImageSmoothing(true);
        g.setGlobalBlendMode(BlendMode.SRC_OVER);
        g.setGlobalAlpha(1);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        Image photo = model.tracePhotoProperty().get();
        if (photo != null) {
            g.setGlobalAlpha(model.traceOpacityProperty().get());
            g.drawImage(photo, 0, 0, getWidth(), getHeight());
            g.setGlobalAlpha(1);
        }
        Image page = model.sketchImageProperty().get();
        if (page != null) {
            g.setGlobalBlendMode(BlendMode.MULTIPLY);
            g.drawImage(page, 0, 0, getWidth(), getHeight());
            g.setGlobalBlendMode(BlendMode.SRC_OVER);
        }
        drawFootprint(g);
    }

    /** The pen's round footprint under the pointer. */
    private void drawFootprint(GraphicsContext g) {
        if (Double.isNaN(hoverX)) {
            return;
        }
        double diameter = Math.max(2, model.penSizeProperty().get() * scale());
        g.setStroke(FOOTPRINT);
        g.setLineWidth(1);
        g.strokeOval(hoverX - diameter / 2, hoverY - diameter / 2, diameter, diameter);
    }
}
