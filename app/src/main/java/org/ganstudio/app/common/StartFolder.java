package org.ganstudio.app.common;

import java.io.File;

/** Where a studio's file dialogs open: the folder last used there, else the user's Pictures folder, else home. */
public final class StartFolder {

    private File last;

    public File get() {
        if (last != null && last.isDirectory()) {
            return last;
        }
        File home = new File(System.getProperty("user.home"));
        File pictures = new File(home, "Pictures");
        return pictures.isDirectory() ? pictures : home.isDirectory() ? home : null;
    }

    /** Remembers the folder of a file (or the folder) a person chose. */
    public void remember(File chosen) {
        last = chosen.isDirectory() ? chosen : chosen.getParentFile();
    }
}
