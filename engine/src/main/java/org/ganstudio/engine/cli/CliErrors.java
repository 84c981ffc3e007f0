package org.ganstudio.engine.cli;

import java.io.PrintWriter;
import java.util.List;
import org.ganstudio.engine.api.StudioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the command line reports what went wrong: a mistake on the command line in one message with picocli's
 * suggestions and a pointer to {@code --help} (exit 2); a {@link StudioException} as {@code Error: message}
 * (exit 1); anything else the same way, with its stack trace only when {@code STUDIO_DEBUG=1} or
 * {@code -Dstudio.debug=true}.
 */
final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = root(command).getErr();
        err.println(message(ex));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println(hint(command));
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
        PrintWriter err = root(command).getErr();
        if (ex instanceof CliException) {
            err.println(ex.getMessage());
            err.println(hint(command));
            return USAGE;
        }
        report(ex, err);
        return FAILED;
    }

    /** {@code Error: message} (the class when there is none); the stack trace only in debug mode. */
    static void report(Throwable failure, PrintWriter err) {
        String message = failure.getMessage();
        err.println("Error: " + (message == null || message.isBlank() ? failure.getClass().getName() : message));
        if (debug()) {
            failure.printStackTrace(err);
        } else if (!(failure instanceof StudioException)) {
            err.println("(" + failure.getClass().getSimpleName() + "; STUDIO_DEBUG=1 shows where it happened.)");
        }
        err.flush();
    }

    /** The top command: its error stream is the one the caller gave. */
    private static CommandLine root(CommandLine command) {
        CommandLine root = command;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root;
    }

    private static boolean debug() {
        return Boolean.getBoolean("studio.debug") || "1".equals(System.getenv("STUDIO_DEBUG"));
    }

    /** Picocli's message, except for an unknown command, which it calls an unmatched argument. */
    private static String message(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched && ex.getCommandLine().getParent() == null) {
            List<String> rest = unmatched.getUnmatched();
            if (!rest.isEmpty() && !rest.get(0).startsWith("-")) {
                return "Unknown command '" + rest.get(0) + "'.";
            }
        }
        return ex.getMessage();
    }

    private static String hint(CommandLine command) {
        String name = command.getCommandSpec().qualifiedName();
        return command.getParent() == null ? name + " --help lists the commands."
                : name + " --help lists its options.";
    }
}
