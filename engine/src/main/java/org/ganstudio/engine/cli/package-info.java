/**
 * The headless command line of the studio ({@code ./studio train|resume|sample|...}): one picocli command class
 * per command under {@link org.ganstudio.engine.cli.StudioCli}, the common options in {@code CommonOptions}, and
 * every error reported by {@code CliErrors} as one message and an exit code, never a stack trace.
 */
package org.ganstudio.engine.cli;
