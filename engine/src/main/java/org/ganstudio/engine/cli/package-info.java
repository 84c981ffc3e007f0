/** The headless command line of the studio ({@code ./studio train|resume|sample|checkpoints|bench}). */
package org.ganstudio.engine.cli;
