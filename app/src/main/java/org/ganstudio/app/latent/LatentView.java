package org.ganstudio.app.latent;

import static org.ganstudio.app.common.Controls.button;
import static org.ganstudio.app.common.Controls.caption;
import static org.ganstudio.app.common.Controls.hint;
import static org.ganstudio.app.common.Controls.captionRow;
import static org.ganstudio.app.common.Controls.spacer;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.ganstudio.app.common.MessageLabel;
import org.ganstudio.app.common.StartFolder;
import org.ganstudio.app.latent.LatentViewModel.StripKind;
import org.ganstudio.engine.api.FeatureMaps;
import org.ganstudio.engine.api.GeneratorLayer;
import org.ganstudio.engine.api.ImageFiles;
import org.ganstudio.engine.api.LatentBookmark;
import org.ganstudio.engine.api.LatentDirection;

/**
 * The Latent studio: the model and seed on top; the current sample on the left with the tools beside it in tabs
 * (direction sliders, interpolation, feature maps, bookmarks); random candidates below; messages and long work at
 * the foot.
 */
public final class LatentView extends VBox {

    /** The studio's keys, for the Help. */
    public static final java.util.List<String[]> SHORTCUTS = java.util.List.of(
            new String[] {"Enter in Seed", "Show the sample of the seed typed"},
            new String[] {"Double-click a bookmark", "Show it"});

    private final LatentViewModel model;
    private final VBox sliderBox = new VBox(6);
    private final TilePane tiles = new TilePane(4, 4);
    private final StartFolder startFolder = new StartFolder();
    /** Callbacks waiting for the next laid-out frame (the latency figure). */
    private final List<Runnable> afterLayout = new ArrayList<>();
    private final Runnable pulsed = this::pulsed;

    public LatentView(LatentViewModel model) {
        this.model = model;
        setId("latent-view");
        getStyleClass().add("latent-view");
        setSpacing(12);
        Label title = new Label("Latent \u2014 walk through a DCGAN's latent space");
        title.setId("studio-title");
        title.getStyleClass().add("studio-title");
        HBox main = new HBox(20, currentBoard(), tabs());
        VBox.setVgrow(main, Priority.ALWAYS);
        getChildren().addAll(title, topRow(), main, candidates(), footer());
        model.setFrameHook(this::afterNextFrame);
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(pulsed);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(pulsed);
                model.activate();
            }
        });
    }

    /** Runs {@code action} once the next frame is laid out (the image just set is then on screen). */
    private void afterNextFrame(Runnable action) {
        if (getScene() == null) {
            action.run();
            return;
        }
        afterLayout.add(action);
        Platform.requestNextPulse();
    }

    private void pulsed() {
        if (!afterLayout.isEmpty()) {
            List<Runnable> due = List.copyOf(afterLayout);
            afterLayout.clear();
            due.forEach(Runnable::run);
        }
    }

    private HBox topRow() {
        HBox models = ModelRow.create(model.session(), "latent");
        TextField seed = new TextField();
        seed.setId("latent-seed");
        seed.setPrefColumnCount(7);
        seed.setTooltip(new Tooltip("The seed of the current sample: type one and press Enter"));
        model.seedProperty().addListener((obs, old, now) -> seed.setText(now == null ? "" : String.valueOf(now)));
        seed.setOnAction(e -> model.useSeed(seed.getText()));
        Button sample = button("latent-new-sample", "New sample", model::newSample);
        sample.getStyleClass().add("accent");
        sample.disableProperty().bind(model.session().generatorProperty().isNull());
        HBox row = new HBox(8, models, spacer(), new Label("Seed"), seed, sample);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(models, Priority.SOMETIMES);
        return row;
    }

    private VBox currentBoard() {
        ImageView image = new ImageView();
        image.setId("latent-image");
        image.imageProperty().bind(model.imageProperty());
        image.setFitWidth(LatentViewModel.SHOWN);
        image.setFitHeight(LatentViewModel.SHOWN);
        Label empty = new Label();
        empty.setId("latent-image-hint");
        empty.getStyleClass().add("board-hint");
        empty.setWrapText(true);
        empty.setMaxWidth(LatentViewModel.SHOWN - 40);
        empty.textProperty().bind(Bindings.when(model.session().openingProperty()).then("Opening the model\u2026")
                .otherwise(Bindings.when(model.session().problemProperty().isNotEmpty())
                        .then(model.session().problemProperty()).otherwise("Choose a DCGAN model above.")));
        empty.visibleProperty().bind(model.imageProperty().isNull());
        StackPane board = new StackPane(empty, image);
        board.getStyleClass().addAll("sketch-board", "latent-board");
        board.setMinSize(LatentViewModel.SHOWN + 2, LatentViewModel.SHOWN + 2);
        board.setMaxSize(LatentViewModel.SHOWN + 2, LatentViewModel.SHOWN + 2);
        Label state = new Label();
        state.setId("latent-mask-state");
        state.getStyleClass().add("hint");
        state.textProperty().bind(Bindings.createStringBinding(() -> {
            int off = model.maskProperty().get().switchedOff().values().stream().mapToInt(java.util.Set::size).sum();
            return off == 0 ? "" : off + " map" + (off == 1 ? "" : "s") + " off";
        }, model.maskProperty()));
        Label latency = new Label();
        latency.setId("latent-latency");
        latency.getStyleClass().add("sketch-latency");
        latency.textProperty().bind(model.latencyProperty());
        latency.setTooltip(new Tooltip("From a change (a slider, a sample) to the new image on screen; the first image "
                + "of a model is not counted"));
        HBox states = new HBox(8, latency, state); // under the image, where the caption above keeps its width
        states.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, caption("Current sample"), board, states, projection());
    }

    /** "Find an image's latent…" and, after it, the picture beside what the model draws from the latent found. */
    private VBox projection() {
        Button find = button("latent-project", "Find an image's latent\u2026", this::chooseImageToProject);
        find.setTooltip(new Tooltip("Looks for the latent whose image comes closest to a picture of yours (as iGAN "
                + "does); the latent found becomes the current sample, to edit with the sliders"));
        find.disableProperty().bind(model.session().generatorProperty().isNull().or(model.busyProperty()));
        VBox target = thumb("Target", "latent-projected-target", model.projectedTargetProperty());
        VBox found = thumb("Found", "latent-projected-found", model.projectedFoundProperty());
        Label summary = new Label();
        summary.setId("latent-projection-summary");
        summary.getStyleClass().add("hint");
        summary.textProperty().bind(model.projectionSummaryProperty());
        VBox comparison = new VBox(4, new HBox(8, target, found), summary);
        comparison.setId("latent-projection");
        comparison.visibleProperty().bind(model.projectedFoundProperty().isNotNull());
        comparison.managedProperty().bind(comparison.visibleProperty());
        return new VBox(6, find, comparison);
    }

    private static VBox thumb(String name, String id, javafx.beans.value.ObservableValue<Image> image) {
        Label label = new Label(name);
        label.getStyleClass().add("hint");
        return new VBox(2, thumbFrame(id, image), label);
    }

    /** A {@link LatentViewModel#THUMB} px image in a frame, with {@code under} beneath it while it has none. */
    private static StackPane thumbFrame(String id, javafx.beans.value.ObservableValue<Image> image, Node... under) {
        ImageView view = new ImageView();
        view.setId(id);
        view.imageProperty().bind(image);
        view.setFitWidth(LatentViewModel.THUMB);
        view.setFitHeight(LatentViewModel.THUMB);
        StackPane frame = new StackPane(under);
        frame.getChildren().add(view);
        frame.getStyleClass().add("thumb-frame");
        frame.setMinSize(LatentViewModel.THUMB + 2, LatentViewModel.THUMB + 2);
        frame.setMaxSize(LatentViewModel.THUMB + 2, LatentViewModel.THUMB + 2);
        for (Node node : under) {
            node.visibleProperty().bind(view.imageProperty().isNull());
        }
        return frame;
    }

    private void chooseImageToProject() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("A picture to find in the model's latent space");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Images (" + ImageFiles.describe() + ")",
                ImageFiles.EXTENSIONS.stream().sorted().map(e -> "*." + e).toList()),
                new FileChooser.ExtensionFilter("All files", "*"));
        chooser.setInitialDirectory(startFolder.get());
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            startFolder.remember(chosen);
            model.project(chosen.toPath());
        }
    }

    private TabPane tabs() {
        TabPane tabs = new TabPane(tab("tab-directions", "Directions", directions()),
                tab("tab-interpolate", "Interpolate", interpolation()), tab("tab-maps", "Feature maps", featureMaps()),
                tab("tab-bookmarks", "Bookmarks", bookmarks()), tab("tab-nearest", "Memorised?", nearest()));
        tabs.setId("latent-tabs");
        model.mapsShownProperty().bind(Bindings.createBooleanBinding(
                () -> "tab-maps".equals(tabs.getSelectionModel().getSelectedItem().getId()),
                tabs.getSelectionModel().selectedItemProperty()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinWidth(380);
        HBox.setHgrow(tabs, Priority.ALWAYS);
        return tabs;
    }

    private static Tab tab(String id, String text, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("settings-scroll");
        Tab tab = new Tab(text, scroll);
        tab.setId(id);
        return tab;
    }

    // ---- directions

    private VBox directions() {
        ProgressIndicator finding = new ProgressIndicator();
        finding.setId("latent-finding-directions");
        finding.setPrefSize(16, 16);
        Label findingText = hint("Finding principal directions\u2026");
        HBox findingRow = new HBox(6, finding, findingText);
        findingRow.visibleProperty().bind(model.findingDirectionsProperty());
        findingRow.managedProperty().bind(findingRow.visibleProperty());
        sliderBox.setId("latent-sliders");
        model.sliders().addListener((ListChangeListener<DirectionSlider>) c -> rebuildSliders());
        rebuildSliders();
        Button reset = button("latent-reset-sliders", "All sliders to 0", model::resetSliders);
        reset.getStyleClass().add("small");

        Button with = button("latent-mark-with", "With", model::markWith);
        with.setTooltip(new Tooltip("The current sample has the thing (a smile, glasses, a dark background)"));
        Button without = button("latent-mark-without", "Without", model::markWithout);
        without.setTooltip(new Tooltip("The current sample lacks it"));
        Button clear = button("latent-clear-marks", "Clear", model::clearMarks);
        clear.getStyleClass().add("small");
        Label counts = new Label();
        counts.setId("latent-mark-counts");
        counts.getStyleClass().add("hint");
        counts.textProperty().bind(Bindings.format("%d with \u00b7 %d without", model.withCountProperty(),
                model.withoutCountProperty()));
        TextField name = new TextField();
        name.setId("latent-direction-name");
        name.setPromptText("Name, e.g. smile");
        name.setPrefColumnCount(12);
        Button make = button("latent-make-slider", "Make slider", () -> {
            model.makeSlider(name.getText());
            name.clear();
        });
        make.disableProperty().bind(model.withCountProperty().isEqualTo(0).or(model.withoutCountProperty().isEqualTo(0)));
        HBox marks = new HBox(6, new Label("Mark the current sample"), with, without, counts, clear);
        marks.setAlignment(Pos.CENTER_LEFT);
        HBox making = new HBox(6, name, make);
        making.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, captionRow(caption("Directions"), reset), findingRow,
                hint("Each slider moves the sample along one direction, in spreads (typical distances between "
                        + "samples). PC sliders are the generator's main directions of variation."),
                sliderBox, new Separator(), caption("Your own direction"),
                hint("Mark a few samples that have something and a few that lack it, then make a slider from the "
                        + "difference of their means."), marks, making);
        box.getStyleClass().add("tab-body");
        return box;
    }

    private void rebuildSliders() {
        sliderBox.getChildren().clear();
        int i = 0;
        for (DirectionSlider s : model.sliders()) {
            Label name = new Label(s.name());
            name.setMinWidth(90);
            name.setPrefWidth(90);
            Slider slider = new Slider(-DirectionSlider.RANGE, DirectionSlider.RANGE, s.amountProperty().get());
            slider.setId("latent-slider-" + i);
            slider.setMajorTickUnit(1);
            slider.setShowTickMarks(true);
            slider.valueProperty().bindBidirectional(s.amountProperty());
            HBox.setHgrow(slider, Priority.ALWAYS);
            Label value = new Label();
            value.setMinWidth(52);
            value.getStyleClass().add("hint");
            value.textProperty().bind(Bindings.createStringBinding(
                    () -> String.format(Locale.ROOT, "%+.1f \u03c3", s.amountProperty().get()), s.amountProperty()));
            HBox row = new HBox(8, name, slider, value);
            row.setAlignment(Pos.CENTER_LEFT);
            if (s.direction().kind() == LatentDirection.Kind.USER) {
                Button remove = button("latent-remove-slider-" + i, "\u2715", () -> model.removeSlider(s));
                remove.getStyleClass().add("small");
                remove.setTooltip(new Tooltip("Remove this slider"));
                row.getChildren().add(remove);
            }
            sliderBox.getChildren().add(row);
            i++;
        }
        if (model.sliders().isEmpty()) {
            sliderBox.getChildren().add(hint("No sliders yet."));
        }
    }

    // ---- interpolation

    private VBox interpolation() {
        VBox a = endpoint("A", "latent-a-image", model.aImageProperty(), button("latent-set-a", "Set A = current",
                model::setA));
        VBox b = endpoint("B", "latent-b-image", model.bImageProperty(), button("latent-set-b", "Set B = current",
                model::setB));
        HBox ends = new HBox(24, a, b);
        Slider t = new Slider(0, 1, 0);
        t.setId("latent-t");
        t.valueProperty().bindBidirectional(model.tProperty());
        t.setMajorTickUnit(0.25);
        t.setShowTickMarks(true);
        HBox.setHgrow(t, Priority.ALWAYS);
        Label tValue = new Label();
        tValue.getStyleClass().add("hint");
        tValue.setMinWidth(40);
        tValue.textProperty().bind(Bindings.format(Locale.ROOT, "%.2f", model.tProperty()));
        ComboBox<LatentViewModel.Interpolation> how = new ComboBox<>();
        how.getItems().setAll(LatentViewModel.Interpolation.values());
        how.setId("latent-interpolation");
        how.valueProperty().bindBidirectional(model.interpolationProperty());
        how.setTooltip(new Tooltip("Spherical keeps the in-between samples as typical as A and B (White 2016); "
                + "linear goes straight through the middle"));
        ToggleButton play = new ToggleButton();
        play.setId("latent-play");
        play.selectedProperty().bindBidirectional(model.playingProperty());
        play.textProperty().bind(Bindings.when(play.selectedProperty()).then("Pause").otherwise("Play"));
        play.setTooltip(new Tooltip("Loop from A to B and back"));
        play.disableProperty().bind(model.aProperty().isNull().or(model.bProperty().isNull()));
        t.disableProperty().bind(play.disableProperty());
        HBox tRow = new HBox(8, new Label("A"), t, new Label("B"), tValue);
        tRow.setAlignment(Pos.CENTER_LEFT);
        HBox controls = new HBox(8, how, play);
        controls.setAlignment(Pos.CENTER_LEFT);
        Button exportAb = button("latent-export-interpolation", "A \u2192 B\u2026",
                () -> choosePng("interpolation.png", f -> model.exportStrip(StripKind.INTERPOLATION, f)));
        exportAb.disableProperty().bind(play.disableProperty());
        Button exportWalk = button("latent-export-walk", "Random walk\u2026",
                () -> choosePng("random-walk.png", f -> model.exportStrip(StripKind.RANDOM_WALK, f)));
        exportWalk.disableProperty().bind(model.imageProperty().isNull());
        HBox export = new HBox(8, new Label("Export"), exportAb, exportWalk);
        export.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, caption("Between two samples"),
                hint("Show a sample (a candidate below, a bookmark, a seed), press \u201cSet A\u201d; show another, press "
                        + "\u201cSet B\u201d. Then drag t or press Play. Each keeps the sample as it looks, sliders included."),
                ends, tRow, controls, new Separator(),
                caption("Export " + LatentViewModel.STRIP_FRAMES + " frames: a PNG strip, or a looping GIF (name it .gif)"), export);
        box.getStyleClass().add("tab-body");
        return box;
    }

    private static VBox endpoint(String name, String id, javafx.beans.value.ObservableValue<Image> image, Button set) {
        StackPane frame = thumbFrame(id, image, hint("not set"));
        set.getStyleClass().add("small");
        VBox box = new VBox(4, caption(name), frame, set);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    // ---- feature maps

    private VBox featureMaps() {
        ComboBox<GeneratorLayer> layer = new ComboBox<>(model.layers());
        layer.setId("latent-layer");
        layer.setPromptText("Choose a layer");
        layer.valueProperty().bindBidirectional(model.selectedLayerProperty());
        layer.setConverter(new StringConverter<>() {
            @Override
            public String toString(GeneratorLayer l) {
                return l == null ? "" : "Layer " + (l.index() + 1) + ": " + l.name();
            }

            @Override
            public GeneratorLayer fromString(String s) {
                return null;
            }
        });
        Button on = button("latent-maps-on", "All maps on", model::allMapsOn);
        on.getStyleClass().add("small");
        on.disableProperty().bind(Bindings.createBooleanBinding(() -> model.maskProperty().get().isEmpty(),
                model.maskProperty()));
        Button suggest = button("latent-suggest-maps", "Suggest maps to switch off", model::suggestMaps);
        suggest.setTooltip(new Tooltip("Switches off the maps of this layer that differ most between the samples "
                + "marked \u201cwith\u201d and \u201cwithout\u201d in Directions"));
        suggest.disableProperty().bind(layer.valueProperty().isNull());
        HBox row = new HBox(8, layer, on, suggest);
        row.setAlignment(Pos.CENTER_LEFT);
        tiles.setId("latent-maps");
        tiles.setPrefTileWidth(LatentViewModel.TILE + 4);
        tiles.setPrefTileHeight(LatentViewModel.TILE + 4);
        model.mapsProperty().addListener((obs, old, now) -> showTiles(now));
        model.maskProperty().addListener((obs, old, now) -> markTiles());
        ImageView before = new ImageView();
        before.setId("latent-before");
        before.imageProperty().bind(model.beforeProperty());
        before.setFitWidth(LatentViewModel.THUMB * 2);
        before.setFitHeight(LatentViewModel.THUMB * 2);
        VBox compare = new VBox(4, caption("Before: every map on"), before,
                hint("The large image is after: drawn without the maps switched off."));
        compare.setId("latent-compare");
        compare.visibleProperty().bind(model.beforeProperty().isNotNull());
        compare.managedProperty().bind(compare.visibleProperty());
        VBox box = new VBox(10, caption("What the generator's layers draw"),
                hint("Each tile is one feature map for the current sample (white: most active). Click a tile to switch "
                        + "that map off (red frame) or on again; the sample is drawn again without it."),
                row, tiles, compare);
        box.getStyleClass().add("tab-body");
        return box;
    }

    private void showTiles(FeatureMaps maps) {
        if (maps == null) {
            tiles.getChildren().clear();
            return;
        }
        int n = maps.tiles().size();
        if (tiles.getChildren().size() != n) {
            tiles.getChildren().clear();
            for (int i = 0; i < n; i++) {
                int map = i;
                ImageView view = new ImageView();
                view.setFitWidth(LatentViewModel.TILE);
                view.setFitHeight(LatentViewModel.TILE);
                StackPane tile = new StackPane(view);
                tile.setId("latent-map-" + i);
                tile.getStyleClass().add("map-tile");
                Tooltip tip = new Tooltip("Map " + (i + 1));
                Tooltip.install(tile, tip);
                tile.getProperties().put(Tooltip.class, tip);
                tile.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY) {
                        model.toggleMap(map);
                    }
                });
                tiles.getChildren().add(tile);
            }
        }
        float[] means = maps.meanActivation();
        java.util.List<Image> images = model.tileImagesProperty().get();
        for (int i = 0; i < n; i++) {
            StackPane tile = (StackPane) tiles.getChildren().get(i);
            ((ImageView) tile.getChildren().get(0)).setImage(i < images.size() ? images.get(i) : null);
            ((Tooltip) tile.getProperties().get(Tooltip.class)).setText(String.format(Locale.ROOT, "Map %d \u00b7 mean %.2f \u00b7 click to "
                    + "switch off or on", i + 1, means[i]));
        }
        markTiles();
    }

    private void markTiles() {
        GeneratorLayer layer = model.selectedLayerProperty().get();
        for (int i = 0; i < tiles.getChildren().size(); i++) {
            Node tile = tiles.getChildren().get(i);
            tile.getStyleClass().remove("off");
            if (layer != null && model.maskProperty().get().isOff(layer.index(), i)) {
                tile.getStyleClass().add("off");
            }
        }
    }

    // ---- bookmarks

    private VBox bookmarks() {
        TextField name = new TextField();
        name.setId("latent-bookmark-name");
        name.setPromptText("Name (optional)");
        name.setPrefColumnCount(14);
        Button add = button("latent-bookmark", "Bookmark current", () -> {
            model.bookmark(name.getText());
            name.clear();
        });
        add.disableProperty().bind(model.imageProperty().isNull());
        name.setOnAction(e -> add.fire());
        ListView<LatentBookmark> list = new ListView<>(model.bookmarks());
        list.setId("latent-bookmarks");
        list.setPrefHeight(180);
        list.setPlaceholder(hint("No bookmarks for this model yet."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LatentBookmark bm, boolean empty) {
                super.updateItem(bm, empty);
                setText(empty || bm == null ? null : bm.name());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.loadBookmark(list.getSelectionModel().getSelectedItem());
            }
        });
        Button show = button("latent-load-bookmark", "Show", () -> model.loadBookmark(
                list.getSelectionModel().getSelectedItem()));
        show.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button open = button("latent-open-bookmarks", "Open file\u2026", () -> chooseBookmarks(false));
        Button save = button("latent-save-bookmarks", "Save file\u2026", () -> chooseBookmarks(true));
        save.disableProperty().bind(Bindings.isEmpty(model.session().bookmarks()));
        HBox addRow = new HBox(8, name, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        HBox files = new HBox(8, show, spacer(), open, save);
        files.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, caption("Bookmarks"), hint("A bookmark keeps the exact latent: the same model draws "
                + "the same sample from it. The Arithmetic studio shares them. Double-click one to show it."),
                addRow, list, files);
        box.getStyleClass().add("tab-body");
        return box;
    }

    // ---- nearest training images

    private VBox nearest() {
        Label folder = new Label();
        folder.setId("latent-nearest-folder");
        folder.setWrapText(true);
        folder.textProperty().bind(Bindings.createStringBinding(() -> model.nearestFolderProperty().get() == null
                ? "No folder chosen" : model.nearestFolderProperty().get().toString(), model.nearestFolderProperty()));
        Button choose = button("latent-choose-nearest-folder", "Folder\u2026", () -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("The folder of images the model was trained on");
            Path now = model.nearestFolderProperty().get();
            chooser.setInitialDirectory(now != null && now.toFile().isDirectory() ? now.toFile() : startFolder.get());
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                model.nearestFolderProperty().set(chosen.toPath());
            }
        });
        choose.getStyleClass().add("small");
        Button find = button("latent-find-nearest", "Find the nearest training images", model::findNearest);
        find.disableProperty().bind(model.imageProperty().isNull().or(model.nearestFolderProperty().isNull())
                .or(model.busyProperty()));
        HBox folderRow = new HBox(8, new Label("Training images"), folder, choose);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(folder, Priority.ALWAYS);
        HBox row = new HBox(8);
        row.setId("latent-nearest");
        model.nearest().addListener((ListChangeListener<LatentViewModel.Neighbour>) c -> {
            row.getChildren().clear();
            if (model.nearest().isEmpty()) {
                return;
            }
            VBox sample = thumb("Sample", "latent-nearest-query", model.nearestQueryProperty());
            row.getChildren().addAll(sample, new Separator(javafx.geometry.Orientation.VERTICAL));
            for (int i = 0; i < model.nearest().size(); i++) {
                LatentViewModel.Neighbour n = model.nearest().get(i);
                VBox box = thumb(String.format(Locale.ROOT, "%.3f", n.distance()), "latent-nearest-" + i,
                        new javafx.beans.property.SimpleObjectProperty<>(n.image()));
                Tooltip.install(box, new Tooltip(n.file().getFileName() + ": mean difference " + String.format(
                        Locale.ROOT, "%.3f", n.distance()) + " per pixel"));
                row.getChildren().add(box);
            }
        });
        VBox box = new VBox(10, caption("Nearest training images"),
                hint("Does the model copy its training images? The " + LatentViewModel.NEAREST + " images of the folder "
                        + "nearest to the current sample, with their mean difference per pixel (0 is a copy; compare "
                        + "with how far training images lie from each other). The folder is read once, then kept."),
                folderRow, find, row);
        box.getStyleClass().add("tab-body");
        return box;
    }

    private void chooseBookmarks(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(save ? "Save the bookmarks" : "Open a bookmark file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Bookmarks", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        chooser.setInitialDirectory(startFolder.get());
        if (save) {
            chooser.setInitialFileName("bookmarks.json");
        }
        File chosen = save ? chooser.showSaveDialog(getScene().getWindow()) : chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            startFolder.remember(chosen);
            if (save) {
                model.saveBookmarks(chosen.toPath());
            } else {
                model.openBookmarks(chosen.toPath());
            }
        }
    }

    private void choosePng(String initial, Consumer<Path> action) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export a strip of frames");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG strip", "*.png"),
                new FileChooser.ExtensionFilter("Animated GIF", "*.gif"));
        chooser.setInitialFileName(initial);
        chooser.setInitialDirectory(startFolder.get());
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen != null) {
            startFolder.remember(chosen);
            action.accept(chosen.toPath());
        }
    }


    // ---- candidates and footer

    private VBox candidates() {
        HBox strip = new HBox(8);
        strip.setId("latent-candidates");
        model.candidates().addListener((ListChangeListener<LatentViewModel.Candidate>) c -> {
            strip.getChildren().clear();
            for (int i = 0; i < model.candidates().size(); i++) {
                int index = i;
                LatentViewModel.Candidate candidate = model.candidates().get(i);
                ImageView view = new ImageView(candidate.image());
                view.setFitWidth(LatentViewModel.THUMB);
                view.setFitHeight(LatentViewModel.THUMB);
                Button b = new Button(null, view);
                b.setId("latent-candidate-" + i);
                b.getStyleClass().add("candidate");
                b.setTooltip(new Tooltip("Seed " + candidate.seed() + ": click to make it the current sample"));
                b.setOnAction(e -> model.pickCandidate(index));
                strip.getChildren().add(b);
            }
        });
        Button more = button("latent-more-candidates", "Other samples", model::refreshCandidates);
        more.getStyleClass().add("small");
        more.disableProperty().bind(model.session().generatorProperty().isNull());
        return new VBox(6, captionRow(caption("Random samples \u2014 click one to make it current"), more), strip);
    }

    private HBox footer() {
        Label message = MessageLabel.of("latent-message", model.messageProperty(), model.messageIsErrorProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        Label what = new Label();
        what.getStyleClass().add("hint");
        what.textProperty().bind(model.busyTextProperty());
        Button cancel = button("latent-cancel", "Cancel", model::cancelWork);
        cancel.getStyleClass().add("small");
        HBox work = new HBox(6, busy, what, cancel);
        work.setId("latent-work");
        work.setAlignment(Pos.CENTER_RIGHT);
        work.visibleProperty().bind(model.busyProperty());
        work.managedProperty().bind(work.visibleProperty());
        HBox row = new HBox(12, message, work);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    // ---- small helpers





}
