package org.ganstudio.engine.api;

import java.nio.file.Path;

/**
 * A trained model found in the studio's model folder.
 *
 * @param id folder name, unique among installed models
 * @param family the family it belongs to
 * @param directory where it lives
 * @param title a short human name (from its model card, else the id)
 * @param summary one line about its data and training
 */
public record InstalledModel(String id, ModelFamily family, Path directory, String title, String summary) {}
