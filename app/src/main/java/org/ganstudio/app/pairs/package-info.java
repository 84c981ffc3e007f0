/**
 * "Build pairs from photos": turns a folder of plain photos into a Pix2Pix dataset (edges or grey on the left,
 * the photo on the right). {@code PairBuilderView} lays out the controls; {@code PairBuilderViewModel} holds
 * the settings, previews the newest settings on one photo off the UI thread (stale requests dropped), and runs
 * the build on its own thread with progress, cancel and the skipped files. Opened from the Train panel.
 */
package org.ganstudio.app.pairs;
