package org.ganstudio.engine.cli;

/** A mistake on the command line, reported with the usage text. */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }
}
