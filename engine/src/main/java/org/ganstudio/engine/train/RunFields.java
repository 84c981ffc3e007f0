package org.ganstudio.engine.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ganstudio.engine.api.ConfigField;
import org.ganstudio.engine.api.StudioException;

/** The form fields every family shares (length, batch, seed, cadence, checkpoints kept) and their parsing. */
public final class RunFields {

    public static final String STEPS = "steps";
    public static final String BATCH = "batchSize";
    public static final String SEED = "seed";
    public static final String CHECKPOINT_EVERY = "checkpointEvery";
    public static final String PREVIEW_EVERY = "previewEvery";
    public static final String KEEP_CHECKPOINTS = "keepCheckpoints";

    private RunFields() {}

    public static List<ConfigField> fields(int defaultBatch) {
        return List.of(
                ConfigField.integer(STEPS, "Training steps", 5000, 1, 10_000_000, "Optimisation steps in all."),
                ConfigField.integer(BATCH, "Batch size", defaultBatch, 1, 1024, "Images per step."),
                ConfigField.integer(SEED, "Seed", 1, 0, Integer.MAX_VALUE, "Same seed, same data and settings: same run."),
                ConfigField.integer(CHECKPOINT_EVERY, "Checkpoint every", 500, 1, 1_000_000, "Steps between checkpoints."),
                ConfigField.integer(PREVIEW_EVERY, "Preview every", 50, 1, 1_000_000, "Steps between sample grids."),
                ConfigField.integer(KEEP_CHECKPOINTS, "Checkpoints kept", 3, 1, 1000,
                        "Newest checkpoints kept on disk; older ones are removed, the one just written never."));
    }

    /** All fields of a family's form: its own, then the run fields. */
    public static List<ConfigField> formFor(GanFamily<?> family, int defaultBatch) {
        return formFor(family, defaultBatch, null);
    }

    /** All fields of a family's form for a run on {@code device} (null: any), its own first, then the run fields. */
    public static List<ConfigField> formFor(GanFamily<?> family, int defaultBatch, ai.djl.Device device) {
        List<ConfigField> all = new ArrayList<>(device == null ? family.modelFields() : family.modelFields(device));
        fields(defaultBatch).stream().filter(f -> !family.decidedRunFields().contains(f.key())).forEach(all::add);
        return List.copyOf(all);
    }

    /**
     * Checks every value and throws one message listing all problems. A key that is not in {@code form} (a typo,
     * or a setting of another family) is a problem too: it would otherwise be silently ignored.
     */
    public static void validate(List<ConfigField> form, Map<String, String> settings) {
        List<String> problems = new ArrayList<>();
        List<String> known = form.stream().map(ConfigField::key).toList();
        List<String> unknown = settings.keySet().stream().filter(k -> !known.contains(k)).sorted().toList();
        if (!unknown.isEmpty()) {
            problems.add((unknown.size() == 1 ? "there is no setting named " : "there are no settings named ")
                    + String.join(", ", unknown) + " for this model (the settings are " + String.join(", ", known) + ")");
        }
        for (ConfigField field : form) {
            String problem = field.validate(value(settings, field));
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new StudioException("The settings need fixing: " + String.join("; ", problems) + ".");
        }
    }

    public static String value(Map<String, String> settings, ConfigField field) {
        String v = settings.get(field.key());
        return v == null || v.isBlank() ? field.defaultValue() : v.trim();
    }

    public static RunSettings parse(List<ConfigField> form, Map<String, String> settings) {
        validate(form, settings);
        Map<String, ConfigField> byKey = new java.util.HashMap<>();
        fields(1).forEach(f -> byKey.put(f.key(), f)); // a run field the family left out keeps its default
        form.forEach(f -> byKey.put(f.key(), f));
        return new RunSettings(
                Long.parseLong(value(settings, byKey.get(STEPS))),
                Integer.parseInt(value(settings, byKey.get(BATCH))),
                Long.parseLong(value(settings, byKey.get(SEED))),
                Integer.parseInt(value(settings, byKey.get(CHECKPOINT_EVERY))),
                Integer.parseInt(value(settings, byKey.get(PREVIEW_EVERY))),
                Integer.parseInt(value(settings, byKey.get(KEEP_CHECKPOINTS))));
    }
}
