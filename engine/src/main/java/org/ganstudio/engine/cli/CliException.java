package org.ganstudio.engine.cli;

/** A mistake on the command line found while running a command: reported with a pointer to --help, exit 2. */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }
}
