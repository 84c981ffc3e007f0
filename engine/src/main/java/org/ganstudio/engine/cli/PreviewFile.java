package org.ganstudio.engine.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.ganstudio.engine.api.TrainingListener;
import org.ganstudio.engine.api.TrainingSnapshot;

/**
 * Keeps {@value #NAME} in the run folder as the newest training preview, so a run from the command line can be
 * watched with any image viewer; written whole each time (a viewer never sees half a file).
 */
final class PreviewFile implements TrainingListener {

    static final String NAME = "preview.png";

    private final Path target;
    private final PrintStream err;
    private BufferedImage written;
    private boolean failed;

    PreviewFile(Path runDirectory, PrintStream err) {
        this.target = runDirectory.resolve(NAME);
        this.err = err;
    }

    /** This listener after {@code first}. */
    static TrainingListener after(TrainingListener first, PreviewFile previews) {
        return snapshot -> {
            first.onSnapshot(snapshot);
            previews.onSnapshot(snapshot);
        };
    }

    @Override
    public synchronized void onSnapshot(TrainingSnapshot snapshot) {
        BufferedImage preview = snapshot.sampleGrid();
        if (preview == null || preview == written || failed) {
            return;
        }
        try {
            PngFile.write(preview, target);
            written = preview;
        } catch (IOException | RuntimeException e) {
            failed = true; // training goes on; say it once
            err.println("Could not write " + target + " (" + e.getMessage() + "); previews are not saved.");
        }
    }
}
