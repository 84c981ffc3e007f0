package org.ganstudio.app.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What a studio that is not built yet shows: what it will do, and that it is coming. */
final class PlaceholderView extends VBox {

    PlaceholderView(Studio studio) {
        getStyleClass().add("placeholder");
        setId("placeholder-" + studio.id());
        setAlignment(Pos.TOP_LEFT);
        setSpacing(12);
        Label title = new Label(studio.title() + " — " + studio.tagline());
        title.setId("studio-title");
        title.getStyleClass().add("studio-title");
        Label description = new Label(studio.description());
        description.setWrapText(true);
        description.setMaxWidth(640);
        description.getStyleClass().add("studio-description");
        Label coming = new Label("Not available yet: this studio is planned. The Train studio works today.");
        coming.getStyleClass().add("badge-coming");
        getChildren().addAll(title, description, coming);
    }
}
