/**
 * The Sketch studio: draw the outline of a shoe and a Pix2Pix model turns it into a shoe while you draw.
 * {@code SketchView} lays out the controls, {@code SketchViewModel} holds the drawing ({@code Sketch}, 512 px
 * with per-stroke undo), the open model and the output, and sends the newest drawing through the model's
 * {@code prepareDrawing} and {@code translate} off the UI thread; {@code OutputImages} enlarges the output.
 */
package org.ganstudio.app.sketch;
