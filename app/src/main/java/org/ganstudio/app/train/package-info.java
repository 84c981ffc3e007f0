/**
 * The Train panel: choose a family and a folder of images, edit the config, start, pause, resume, cancel,
 * watch losses and samples live, and resume from a checkpoint.
 */
package org.ganstudio.app.train;
