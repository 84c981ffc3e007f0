package org.ganstudio.app.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.common.BackgroundTasks;
import org.ganstudio.engine.api.ModelFamily;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Train panel offers each family its own shipped sample data, and names the data section after it. */
@ExtendWith(ApplicationExtension.class)
class TrainSampleDataTest {

    @TempDir
    static Path home;

    private TrainViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Files.createDirectories(home.resolve("assets/datasets/fashion-mnist-shoes"));
        Files.createDirectories(home.resolve("assets/datasets/edges2shoes-64/train"));
        System.setProperty("studio.home", home.toString());
        model = new TrainViewModel(new FakeStudioEngine(15), new BackgroundTasks());
        stage.setScene(new Scene(new TrainView(model), 1200, 800));
        stage.show();
    }

    @AfterEach
    void forgetHome() {
        System.clearProperty("studio.home");
    }

    @Test
    void theLinkAndHeadingFollowTheFamilyAndTheLinkFillsTheForm(FxRobot robot) {
        Hyperlink link = robot.lookup("#use-sample-dataset").queryAs(Hyperlink.class);
        Label heading = robot.lookup("#dataset-heading").queryAs(Label.class);
        assertThat(link.getText()).contains("900 images");
        assertThat(heading.getText()).isEqualTo("Training images");

        robot.interact(() -> model.familyProperty().set(ModelFamily.PIX2PIX));
        assertThat(link.getText()).contains("edges → shoes (300 pairs");
        assertThat(robot.lookup("#sample-caption").queryAs(Label.class).getText())
                .isEqualTo("Held-out pairs: input · output · target");
        assertThat(heading.getText()).isEqualTo("Training pairs");
        assertThat(robot.lookup("#dataset-path").queryAs(javafx.scene.control.TextField.class).getPromptText())
                .contains("side-by-side pairs");
        assertThat(robot.lookup("#dataset-summary").queryAs(Label.class).getText()).contains("side-by-side pairs");

        robot.clickOn(link);
        assertThat(Path.of(model.datasetProperty().get())).isEqualTo(home.resolve("assets/datasets/edges2shoes-64"));
        assertThat(model.familyProperty().get()).as("the link no longer switches back to DCGAN")
                .isEqualTo(ModelFamily.PIX2PIX);
    }

    @Test
    void aFamilyWithoutSampleDataHidesTheLink(FxRobot robot) throws Exception {
        Files.delete(home.resolve("assets/datasets/edges2shoes-64/train"));
        Files.delete(home.resolve("assets/datasets/edges2shoes-64"));
        robot.interact(() -> model.familyProperty().set(ModelFamily.PIX2PIX));
        assertThat(robot.lookup("#use-sample-dataset").queryAs(Hyperlink.class).isVisible()).isFalse();
    }
}
