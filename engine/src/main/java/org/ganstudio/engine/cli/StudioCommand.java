package org.ganstudio.engine.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.ganstudio.engine.api.DevicePreference;
import org.ganstudio.engine.api.StudioEngine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** A command of {@code ./studio}: the common options, the output streams, and an engine when it needs one. */
abstract class StudioCommand implements Callable<Integer> {

    @ParentCommand
    private StudioCli cli;

    @Mixin
    private CommonOptions common;

    @Override
    public final Integer call() {
        common.applyThreads();
        return run();
    }

    /** Does the work; returns the exit code. */
    abstract int run();

    PrintStream out() {
        return cli.out();
    }

    PrintStream err() {
        return cli.err();
    }

    /** The device named by {@code --device}, else {@code fallback}. */
    DevicePreference device(DevicePreference fallback) {
        return common.device(fallback);
    }

    /** A new engine on the device asked for (default auto); the caller closes it. */
    StudioEngine engine() {
        return cli.engine(device(DevicePreference.AUTO));
    }
}
