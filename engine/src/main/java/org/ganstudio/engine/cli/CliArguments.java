package org.ganstudio.engine.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parsed {@code --name value} options, {@code --flag}s and repeated {@code --set key=value} pairs. */
final class CliArguments {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();

    static CliArguments parse(List<String> args, List<String> flagNames) {
        CliArguments parsed = new CliArguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new CliException("Unexpected argument '" + arg + "'.");
            }
            String name = arg.substring(2);
            if (flagNames.contains(name)) {
                parsed.flags.add(name);
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new CliException("--" + name + " needs a value.");
            }
            String value = args.get(++i);
            if (name.equals("set")) {
                int eq = value.indexOf('=');
                if (eq < 1) {
                    throw new CliException("--set takes key=value, not '" + value + "'.");
                }
                parsed.settings.put(value.substring(0, eq), value.substring(eq + 1));
            } else {
                parsed.options.put(name, value);
            }
        }
        return parsed;
    }

    String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new CliException("Missing --" + name + ".");
        }
        return value;
    }

    String optional(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        String value = options.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new CliException("--" + name + " must be a whole number, not '" + value + "'.");
        }
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    Map<String, String> settings() {
        return Map.copyOf(settings);
    }
}
