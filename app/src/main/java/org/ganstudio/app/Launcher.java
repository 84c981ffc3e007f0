package org.ganstudio.app;

/** Plain main class: a class extending Application cannot be started from a class path directly. */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        javafx.application.Application.launch(StudioApp.class, args);
    }
}
