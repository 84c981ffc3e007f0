/**
 * The Sketch studio: draw the outline of a shoe and a Pix2Pix model turns it into a shoe while you draw.
 * {@code SketchView} lays out the controls, {@code SketchViewModel} holds the drawing ({@code Sketch}, with
 * per-stroke undo), the open model and the output, and translates the newest drawing off the UI thread.
 */
package org.ganstudio.app.sketch;
