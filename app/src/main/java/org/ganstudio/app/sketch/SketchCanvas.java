package org.ganstudio.app.sketch;

import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * The drawing surface: the photo to trace (if any, at its chosen opacity) under the drawing, whose ink is laid
 * over it as black with the ink's darkness as opacity, so white paper lets the photo through and strokes stay as
 * dark as drawn (a blend mode would depend on the graphics pipeline); the pen's footprint under the pointer; mouse strokes passed to
 * the view model in drawing pixels. Shown at the drawing's own size when there is room, smaller when not.
 */
final class SketchCanvas extends Canvas {

    private static final Color FOOTPRINT = Color.web("#3b6fd4", 0.8);

    private final SketchViewModel model;
    private double hoverX = Double.NaN;
    private double hoverY = Double.NaN;
    private Image inkSource;
    private Image ink;

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
            g.drawImage(photo == null ? page : inkOf(page), 0, 0, getWidth(), getHeight());
        }
        drawFootprint(g);
    }

    /** The page's ink as black of the ink's darkness as opacity (white paper transparent), made once per page image. */
    private Image inkOf(Image page) {
        if (page != inkSource) {
            ink = InkLayer.of(page);
            inkSource = page;
        }
        return ink;
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
