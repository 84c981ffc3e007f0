package org.ganstudio.engine.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ganstudio.engine.api.InstalledModel;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.train.ModelFolders;
import org.ganstudio.engine.checkpoint.ModelCard;

/** Finds trained models in the studio's model folder: each sub-folder with a readable card.json. */
final class InstalledModels {

    static final String CARD = "card.json";

    private InstalledModels() {}

    /** The model folder of this installation: {@code <studio.home>/models}, or {@code ./models}. */
    static Path defaultRoot() {
        return home().resolve("models");
    }

    /** The studio's home: {@code studio.home}, or the working folder. */
    static Path home() {
        return ModelFolders.home();
    }

    /** Models of {@code family} under {@code root}, sorted by id; folders without a readable card are left out. */
    static List<InstalledModel> list(Path root, ModelFamily family) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<InstalledModel> found = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                ModelCard card = readCard(folder);
                if (card != null && family.displayName().equalsIgnoreCase(card.family())) {
                    String id = folder.getFileName().toString();
                    String title = card.name() == null || card.name().isBlank() ? id : card.name();
                    String summary = card.dataset() + ", " + card.steps() + " steps";
                    found.add(new InstalledModel(id, family, folder, title, summary));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(InstalledModel::id));
        return List.copyOf(found);
    }

    private static ModelCard readCard(Path folder) {
        Path card = folder.resolve(CARD);
        if (!Files.isRegularFile(card)) {
            return null;
        }
        try {
            return Json.read(card, ModelCard.class);
        } catch (IOException e) {
            return null;
        }
    }
}
