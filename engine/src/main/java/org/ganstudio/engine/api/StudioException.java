package org.ganstudio.engine.api;

/** A failure with a message meant for a person: what went wrong and, where possible, what to do. */
public class StudioException extends RuntimeException {
    public StudioException(String message) {
        super(message);
    }

    public StudioException(String message, Throwable cause) {
        super(message, cause);
    }
}
