/**
 * The GAN Studio desktop app. It talks to the engine only through {@code org.ganstudio.engine.api}; each
 * panel is a package with a View (controls, layout) and a ViewModel (state and actions, no controls).
 */
package org.ganstudio.app;
