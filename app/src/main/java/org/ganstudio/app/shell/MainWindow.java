package org.ganstudio.app.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ganstudio.app.arithmetic.ArithmeticView;
import org.ganstudio.app.arithmetic.ArithmeticViewModel;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.app.latent.GeneratorSession;
import org.ganstudio.app.latent.LatentView;
import org.ganstudio.app.latent.LatentViewModel;
import org.ganstudio.app.singan.HarmonizeTool;
import org.ganstudio.app.singan.SamplerSession;
import org.ganstudio.app.singan.SinganView;
import org.ganstudio.app.singan.SinganViewModel;
import org.ganstudio.app.sketch.SketchView;
import org.ganstudio.app.sketch.SketchViewModel;
import org.ganstudio.app.train.RecentRuns;
import org.ganstudio.app.train.TrainView;
import org.ganstudio.app.train.TrainViewModel;
import org.ganstudio.app.unpaired.UnpairedView;
import org.ganstudio.app.unpaired.UnpairedViewModel;
import org.ganstudio.engine.api.StudioEngine;

/**
 * The window's layout: navigation on the left (with the Help's "?" at its foot), the open studio in the middle
 * (the Help shows over it), a status bar below.
 */
public final class MainWindow extends BorderPane {

    static final KeyCombination HELP_KEY = new KeyCodeCombination(KeyCode.F1);
    static final KeyCombination CLOSE_KEY = new KeyCodeCombination(KeyCode.ESCAPE);

    private final MainViewModel model = new MainViewModel();
    private final Map<Studio, Node> views = new EnumMap<>(Studio.class);
    private final StackPane content = new StackPane();
    private final StackPane centre = new StackPane(content);
    private final HelpView help = new HelpView(this::hideHelp);
    private final TrainViewModel trainModel;
    private final SketchViewModel sketchModel;
    private final GeneratorSession generatorSession;
    private final LatentViewModel latentModel;
    private final ArithmeticViewModel arithmeticModel;
    private final SinganViewModel singanModel;
    private final UnpairedViewModel unpairedModel;

    /** A window that remembers recent runs in memory only (tests, screenshots). */
    public MainWindow(StudioEngine engine, BackgroundTasks tasks) {
        this(engine, tasks, RecentRuns.inMemory());
    }

    /** A window whose Train panel remembers its runs in {@code recentRuns}. */
    public MainWindow(StudioEngine engine, BackgroundTasks tasks, RecentRuns recentRuns) {
        setId("main-window");
        getStyleClass().add("main-window");
        trainModel = new TrainViewModel(engine, tasks, recentRuns);
        sketchModel = new SketchViewModel(engine, tasks);
        generatorSession = new GeneratorSession(engine);
        latentModel = new LatentViewModel(generatorSession);
        arithmeticModel = new ArithmeticViewModel(generatorSession);
        singanModel = new SinganViewModel(new SamplerSession(engine), HarmonizeTool.shippedObjectsFolder());
        unpairedModel = UnpairedViewModel.of(engine);
        for (Studio studio : Studio.values()) {
            views.put(studio, switch (studio) {
                case TRAIN -> new TrainView(trainModel);
                case SKETCH -> new SketchView(sketchModel);
                case LATENT -> new LatentView(latentModel);
                case ARITHMETIC -> new ArithmeticView(arithmeticModel);
                case SINGAN -> new SinganView(singanModel);
                case UNPAIRED -> new UnpairedView(unpairedModel);
                default -> new PlaceholderView(studio);
            });
        }
        content.getStyleClass().add("content");
        content.setPadding(new Insets(20));
        setLeft(navigation());
        setCenter(centre);
        sceneProperty().addListener((obs, old, now) -> helpKeys(old, now));
        setBottom(statusBar());
        model.selectedProperty().addListener((obs, old, now) -> show(now));
        show(model.selectedProperty().get());
        tasks.run(engine::device, info -> model.deviceProperty().set(info.describe()),
                error -> model.deviceProperty().set("Device unknown: " + error));
        tasks.run(engine::numerics, model::showNumerics, error -> model.showNumericsError(String.valueOf(error)));
        trainModel.messageProperty().addListener((obs, old, now) -> model.statusProperty().set(now));
    }

    /** Shows the Help over the open studio, or hides it when shown. */
    public void toggleHelp() {
        if (centre.getChildren().contains(help)) {
            hideHelp();
        } else {
            centre.getChildren().add(help);
            help.requestFocus();
        }
    }

    private void hideHelp() {
        centre.getChildren().remove(help);
    }

    /** F1 opens or closes the Help from anywhere in the window; Esc closes it. */
    private void helpKeys(Scene old, Scene now) {
        if (old != null) {
            old.getAccelerators().remove(HELP_KEY);
            old.getAccelerators().remove(CLOSE_KEY);
        }
        if (now != null) {
            now.getAccelerators().put(HELP_KEY, this::toggleHelp);
            now.getAccelerators().put(CLOSE_KEY, this::hideHelp);
        }
    }

    public MainViewModel model() {
        return model;
    }

    /**
     * Asks a running training to stop cleanly (it checkpoints first) and closes the open models. Returns at once;
     * the answer completes when the training has stopped.
     */
    public CompletableFuture<Void> shutdown() {
        sketchModel.shutdown();
        latentModel.shutdown();
        arithmeticModel.shutdown();
        generatorSession.shutdown();
        singanModel.shutdown();
        singanModel.samplerSession().shutdown();
        unpairedModel.shutdown();
        return trainModel.shutdown();
    }

    public static void applyStyles(Scene scene) {
        scene.getStylesheets().add(MainWindow.class.getResource("/org/ganstudio/app/studio.css").toExternalForm());
    }

    private void show(Studio studio) {
        content.getChildren().setAll(views.get(studio));
    }

    private VBox navigation() {
        VBox nav = new VBox(4);
        nav.setId("navigation");
        nav.getStyleClass().add("navigation");
        Label brand = new Label("GAN Studio");
        brand.getStyleClass().add("brand");
        nav.getChildren().add(brand);
        ToggleGroup group = new ToggleGroup();
        for (Studio studio : Studio.values()) {
            ToggleButton button = new ToggleButton(studio.title());
            button.setId("nav-" + studio.id());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setSelected(studio == model.selectedProperty().get());
            button.setOnAction(e -> {
                button.setSelected(true); // a click on the open studio keeps it open
                model.selectedProperty().set(studio);
            });
            nav.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button helpButton = new Button("?");
        helpButton.setId("help-button");
        helpButton.getStyleClass().add("help-button");
        helpButton.setTooltip(new Tooltip("Help: about GAN Studio and the keyboard shortcuts (F1)"));
        helpButton.setOnAction(e -> toggleHelp());
        nav.getChildren().addAll(spacer, helpButton);
        return nav;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status-message");
        status.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label device = new Label();
        device.setId("status-device");
        device.textProperty().bind(model.deviceProperty());
        Label numerics = new Label();
        numerics.setId("status-numerics");
        numerics.textProperty().bind(model.numericsProperty());
        Tooltip detail = new Tooltip();
        detail.textProperty().bind(model.numericsDetailProperty());
        numerics.setTooltip(detail);
        model.numericsWarningProperty().addListener((obs, old, warn) -> {
            numerics.getStyleClass().remove("status-warning");
            if (warn) {
                numerics.getStyleClass().add("status-warning");
            }
        });
        HBox bar = new HBox(12, status, spacer, numerics, device);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
