package org.ganstudio.app.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/** A studio's message line: wrapped text bound to its view model, with the "error" style class while it is one. */
public final class MessageLabel {

    private MessageLabel() {}

    public static Label of(String id, ObservableValue<String> text, ObservableValue<Boolean> isError) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("sketch-message");
        label.setWrapText(true);
        label.textProperty().bind(text);
        isError.addListener((obs, old, now) -> {
            label.getStyleClass().remove("error");
            if (Boolean.TRUE.equals(now)) {
                label.getStyleClass().add("error");
            }
        });
        return label;
    }
}
