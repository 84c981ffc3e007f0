package org.ganstudio.app.arithmetic;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ganstudio.app.arithmetic.ArithmeticViewModel.Exemplar;
import org.ganstudio.app.arithmetic.ArithmeticViewModel.Slot;
import org.ganstudio.app.common.MessageLabel;
import org.ganstudio.app.latent.ModelRow;
import org.ganstudio.engine.api.LatentBookmark;

/**
 * The Arithmetic studio: random samples (and bookmarks) to fill the slots A, B and C; the equation A − B + C = result
 * with each slot's mean image; below, the result's noisy neighbours and a slider from C to the result.
 */
public final class ArithmeticView extends VBox {

    private final ArithmeticViewModel model;

    public ArithmeticView(ArithmeticViewModel model) {
        this.model = model;
        setId("arithmetic-view");
        getStyleClass().add("arithmetic-view");
        setSpacing(12);
        Label title = new Label("Arithmetic \u2014 A \u2212 B + C on a DCGAN's latent vectors");
        title.setId("studio-title");
        title.getStyleClass().add("studio-title");
        getChildren().addAll(title, ModelRow.create(model.session(), "arithmetic"), sources(), equation(), lower(),
                message());
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.activate();
            }
        });
    }

    private VBox sources() {
        ToggleGroup group = new ToggleGroup();
        HBox targets = new HBox(0);
        targets.setAlignment(Pos.CENTER_LEFT);
        for (Slot slot : Slot.values()) {
            ToggleButton b = new ToggleButton(slot.name());
            b.setId("arithmetic-target-" + slot.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(group);
            b.getStyleClass().add(slot == Slot.A ? "left-pill" : slot == Slot.C ? "right-pill" : "middle-pill");
            b.setSelected(model.targetProperty().get() == slot);
            b.setOnAction(e -> {
                b.setSelected(true);
                model.targetProperty().set(slot);
            });
            model.targetProperty().addListener((obs, old, now) -> b.setSelected(now == slot));
            targets.getChildren().add(b);
        }
        HBox strip = new HBox(6);
        strip.setId("arithmetic-candidates");
        model.candidates().addListener((ListChangeListener<ArithmeticViewModel.Candidate>) c -> {
            strip.getChildren().clear();
            for (int i = 0; i < model.candidates().size(); i++) {
                int index = i;
                ImageView view = image(null, ArithmeticViewModel.THUMB, null);
                view.setImage(model.candidates().get(i).image());
                Button b = new Button(null, view);
                b.setId("arithmetic-candidate-" + i);
                b.getStyleClass().add("candidate");
                b.setTooltip(new Tooltip("Add to the chosen slot"));
                b.setOnAction(e -> model.addCandidate(index));
                strip.getChildren().add(b);
            }
        });
        Button more = button("arithmetic-more-candidates", "Other samples", model::moreCandidates);
        more.getStyleClass().add("small");
        more.disableProperty().bind(model.session().generatorProperty().isNull());
        ComboBox<LatentBookmark> bookmarks = new ComboBox<>(model.bookmarks());
        bookmarks.setId("arithmetic-bookmark-choice");
        bookmarks.setPromptText("A bookmark");
        bookmarks.setPrefWidth(160);
        bookmarks.setConverter(new StringConverter<>() {
            @Override
            public String toString(LatentBookmark bm) {
                return bm == null ? "" : bm.name();
            }

            @Override
            public LatentBookmark fromString(String s) {
                return null;
            }
        });
        bookmarks.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LatentBookmark bm, boolean empty) {
                super.updateItem(bm, empty);
                setText(empty || bm == null ? null : bm.name());
            }
        });
        Button addBookmark = button("arithmetic-add-bookmark", "Add", () -> model.addBookmark(
                model.targetProperty().get(), bookmarks.getValue()));
        addBookmark.getStyleClass().add("small");
        addBookmark.disableProperty().bind(bookmarks.valueProperty().isNull());
        HBox row = new HBox(10, new Label("Add to"), targets, strip, spacer(), more);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox caption = new HBox(8, caption("Samples \u2014 choose a slot, then click samples to add them"), spacer(),
                new Label("or"), bookmarks, addBookmark);
        caption.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, caption, row);
    }

    private HBox equation() {
        HBox row = new HBox(10, slot(Slot.A), operator("\u2212"), slot(Slot.B), operator("+"), slot(Slot.C),
                operator("="), result());
        row.setId("arithmetic-equation");
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private VBox slot(Slot slot) {
        String id = slot.name().toLowerCase(Locale.ROOT);
        Label caption = caption(slot.name());
        caption.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.exemplars(slot).size();
            return slot.name() + " \u00b7 " + (n == 0 ? "empty" : "mean of " + n);
        }, model.exemplars(slot)));
        Button clear = button("arithmetic-clear-" + id, "Clear", () -> model.clear(slot));
        clear.getStyleClass().add("small");
        clear.disableProperty().bind(Bindings.isEmpty(model.exemplars(slot)));
        FlowPane exemplars = new FlowPane(3, 3);
        exemplars.setId("arithmetic-exemplars-" + id);
        exemplars.setPrefWrapLength(ArithmeticViewModel.SHOWN);
        exemplars.setMaxWidth(ArithmeticViewModel.SHOWN + 2);
        model.exemplars(slot).addListener((ListChangeListener<Exemplar>) c -> {
            exemplars.getChildren().clear();
            for (Exemplar e : model.exemplars(slot)) {
                ImageView thumb = image(null, ArithmeticViewModel.EXEMPLAR, null);
                thumb.setImage(e.image());
                Button b = new Button(null, thumb);
                b.getStyleClass().add("exemplar");
                b.setTooltip(new Tooltip("Click to take it out of " + slot.name()));
                b.setOnAction(ev -> model.remove(slot, e));
                exemplars.getChildren().add(b);
            }
        });
        HBox head = new HBox(6, caption, spacer(), clear);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPrefWidth(ArithmeticViewModel.SHOWN + 50);
        VBox box = new VBox(6, head, board("arithmetic-mean-" + id, model.meanImageProperty(slot), "Empty"), exemplars);
        box.getStyleClass().add("slot-card");
        return box;
    }

    private VBox result() {
        TextField name = new TextField();
        name.setId("arithmetic-result-name");
        name.setPromptText("Name");
        name.setPrefColumnCount(9);
        Button save = button("arithmetic-save-result", "Bookmark", () -> {
            model.saveResult(name.getText());
            name.clear();
        });
        save.setTooltip(new Tooltip("Save the result as a bookmark; the Latent studio lists it too"));
        save.disableProperty().bind(model.resultLatentProperty().isNull());
        HBox saveRow = new HBox(4, name, save);
        saveRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, caption("Result"), board("arithmetic-result", model.resultImageProperty(),
                "Fill A, B and C"), saveRow);
        box.getStyleClass().addAll("slot-card", "result-card");
        return box;
    }

    private HBox lower() {
        ImageView grid = new ImageView();
        grid.setId("arithmetic-grid");
        grid.imageProperty().bind(model.gridImageProperty());
        Button other = button("arithmetic-other-noise", "Other noise", model::otherNoise);
        other.getStyleClass().add("small");
        other.disableProperty().bind(model.resultLatentProperty().isNull());
        VBox neighbours = new VBox(6, captionRow(caption("The result with a little noise"), other), grid);
        Slider blend = new Slider(0, 1, model.blendProperty().get());
        blend.setId("arithmetic-blend-slider");
        blend.valueProperty().bindBidirectional(model.blendProperty());
        blend.disableProperty().bind(model.resultLatentProperty().isNull());
        blend.setPrefWidth(ArithmeticViewModel.SHOWN);
        HBox ends = new HBox(new Label("C"), spacer(), new Label("Result"));
        ends.setMaxWidth(ArithmeticViewModel.SHOWN);
        VBox blendBox = new VBox(6, caption("From C to the result"), board("arithmetic-blend", model.blendImageProperty(),
                ""), blend, ends);
        HBox row = new HBox(32, neighbours, blendBox);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private Label message() {
        return MessageLabel.of("arithmetic-message", model.messageProperty(), model.messageIsErrorProperty());
    }

    private static StackPane board(String id, ObservableValue<Image> image, String empty) {
        ImageView view = image(id, ArithmeticViewModel.SHOWN, image);
        Label hint = new Label(empty);
        hint.getStyleClass().add("board-hint");
        hint.visibleProperty().bind(view.imageProperty().isNull());
        StackPane board = new StackPane(hint, view);
        board.getStyleClass().add("sketch-board");
        board.setMinSize(ArithmeticViewModel.SHOWN + 2, ArithmeticViewModel.SHOWN + 2);
        board.setMaxSize(ArithmeticViewModel.SHOWN + 2, ArithmeticViewModel.SHOWN + 2);
        return board;
    }

    private static ImageView image(String id, double side, ObservableValue<Image> image) {
        ImageView view = new ImageView();
        if (id != null) {
            view.setId(id);
        }
        if (image != null) {
            view.imageProperty().bind(image);
        }
        view.setFitWidth(side);
        view.setFitHeight(side);
        return view;
    }

    private static Label operator(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("operator");
        label.setMinHeight(ArithmeticViewModel.SHOWN + 30);
        return label;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sketch-caption");
        return label;
    }

    private static HBox captionRow(Node caption, Node right) {
        HBox row = new HBox(8, caption, spacer(), right);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
