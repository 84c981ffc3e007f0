package org.ganstudio.app.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The small controls the studios build their panes from, styled alike. */
public final class Controls {

    private Controls() {}

    /** A button with a stable id for tests. */
    public static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A caption over an image or a group of controls. */
    public static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sketch-caption");
        return label;
    }

    /** A wrapping line of help in the hint style. */
    public static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    /** A caption on the left and a control pushed to the right. */
    public static HBox captionRow(Node caption, Node right) {
        HBox row = new HBox(8, caption, spacer(), right);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Takes the free width of an HBox. */
    public static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
