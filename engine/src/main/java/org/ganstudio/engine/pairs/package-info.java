/**
 * Paired datasets for image-to-image translation (Pix2Pix, Isola et al. 2017), in the layout of the public
 * pix2pix datasets such as edges2shoes: each file is one side-by-side image, the input A on the left half and
 * the target B on the right half, both halves square.
 *
 * <p>Reading: {@link org.ganstudio.engine.pairs.PairedFolder} scans or loads a folder with {@code train/}
 * and {@code val/} sub-folders (or a flat folder, all training data) into a
 * {@link org.ganstudio.engine.pairs.PairedDataset}, which the training loop reads through
 * {@link org.ganstudio.engine.train.TrainingData}: input channels first, then target channels.
 * {@link org.ganstudio.engine.pairs.PairedFolderSource} is the {@link org.ganstudio.engine.train.DataSource}
 * a Pix2Pix run uses.
 *
 * <p>Writing: {@link org.ganstudio.engine.pairs.PairImporter} joins two folders of matching files (inputs and
 * targets), {@link org.ganstudio.engine.pairs.PairBuilder} makes pairs from plain photos with an input maker
 * (edges, or {@link org.ganstudio.engine.pairs.PairInputs#greyscale()}). Both write side-by-side PNGs into
 * {@code out/train} and {@code out/val}, split by a hash of the file name, each file written atomically, and
 * keep what an earlier run already wrote.
 */
package org.ganstudio.engine.pairs;
