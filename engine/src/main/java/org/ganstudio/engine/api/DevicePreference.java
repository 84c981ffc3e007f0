package org.ganstudio.engine.api;

/** Where the user wants computation to run. AUTO picks a GPU when one is present. */
public enum DevicePreference {
    AUTO,
    CPU,
    GPU
}
