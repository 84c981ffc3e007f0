package org.ganstudio.app.sketch;

import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * The drawing surface: the sketch's model pixels shown enlarged without smoothing (what you see is what the
 * model gets), the pen's footprint under the pointer, and mouse strokes passed to the view model in model
 * pixels.
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
        redraw();
    }

    /** Changes the on-screen side (the model's side times a whole zoom). */
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
        model.beginStroke(toModel(e.getX()), toModel(e.getY()));
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        hoverX = e.getX();
        hoverY = e.getY();
        model.strokeTo(toModel(e.getX()), toModel(e.getY())); // redraws through the sketch image
    }

    private void hover(MouseEvent e) {
        hoverX = e.getX();
        hoverY = e.getY();
        redraw();
    }

    private double toModel(double screen) {
        return screen / getWidth() * model.side();
    }

    private void redraw() {
        GraphicsContext g = getGraphicsContext2D();
        g.setImageSmoothing(false);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        Image page = model.sketchImageProperty().get();
        if (page != null) {
            g.drawImage(page, 0, 0, getWidth(), getHeight());
        }
        drawFootprint(g);
    }

    /** The model pixels a dot would cover here, outlined (a square up to 2 px, a circle above). */
    private void drawFootprint(GraphicsContext g) {
        if (Double.isNaN(hoverX)) {
            return;
        }
        double zoom = getWidth() / model.side();
        int size = model.penSizeProperty().get();
        int origin = (size - 1) / 2; // as Brush.stamp places it
        double left = (Math.floor(toModel(hoverX)) - origin) * zoom;
        double top = (Math.floor(toModel(hoverY)) - origin) * zoom;
        double extent = size * zoom;
        g.setStroke(FOOTPRINT);
        g.setLineWidth(1.5);
        if (size <= 2) {
            g.strokeRect(left, top, extent, extent);
        } else {
            g.strokeOval(left, top, extent, extent);
        }
    }
}
