package dev.paramcount.kernel;

import dev.paramcount.kernel.channels.KernelConnection;
import dev.paramcount.kernel.execution.ExitGuard;
import dev.paramcount.kernel.install.Installer;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar paramcount-kernel.jar CONNECTION_FILE} runs the kernel (Jupyter starts it
 * this way from kernel.json); {@code java -jar paramcount-kernel.jar install ...} writes that
 * kernel.json.
 */
public final class Main {
    private static final long EXIT_GRACE_MILLIS = 2000;

    /** Held so that the levels set on them stay set: java.util.logging keeps loggers weakly. */
    private static final List<Logger> QUIETED = new ArrayList<>();

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("install")) {
            System.exit(Installer.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(usage());
            return;
        }
        if (args.length == 1 && args[0].equals("--train")) {
            System.exit(train());
        }
        if (args.length == 1 && args[0].equals("--version")) {
            System.out.println(KernelVersion.NAME + " " + KernelVersion.VERSION);
            return;
        }
        if (args.length != 1 || args[0].startsWith("-")) {
            System.err.println("error: expected one connection file or 'install', got " + Arrays.toString(args));
            System.err.println(usage());
            System.exit(2);
        }
        System.exit(run(Path.of(args[0])));
    }

    private static int run(Path connectionFile) {
        String json;
        try {
            json = Files.readString(connectionFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("error: cannot read the connection file " + connectionFile + ": " + e.getMessage());
            return 2;
        }
        if (ModuleLayer.boot().findModule("jdk.jshell").isEmpty()) {
            System.err.println("error: this Java (" + System.getProperty("java.home") + ") has no JShell; "
                    + "run the kernel with a full JDK 17 or newer");
            return 1;
        }
        quietBaseLibraryLogging();
        guardAgainstExit();
        exitWithParent();
        // JShell and the compiler warm up while the sockets bind and the client connects.
        JavaKernel kernel = JavaKernel.start(Path.of("").toAbsolutePath(), compilerOptions(), System.err);
        try {
            KernelConnection connection = new KernelConnection(KernelConnectionProperties.parse(json));
            kernel.becomeHandlerForConnection(connection);
            connection.connect();
            connection.waitUntilClose();
            return 0;
        } catch (Exception | LinkageError e) {
            System.err.println("error: the kernel could not serve " + connectionFile + ": " + e);
            return 1;
        }
    }

    private static int train() {
        quietBaseLibraryLogging();
        guardAgainstExit(); // the archive then holds what it loads too
        try {
            return Training.run();
        } catch (Exception | LinkageError e) {
            System.err.println("error: training failed: " + e);
            return 1;
        }
    }

    /**
     * Keeps {@code System.exit} in a cell from ending the kernel (see {@link ExitGuard}); says
     * once, on the kernel's stderr (the Jupyter server's console), when this Java cannot.
     */
    private static void guardAgainstExit() {
        ExitGuard.Outcome outcome = ExitGuard.install();
        if (outcome == ExitGuard.Outcome.INSTALLED) {
            System.err.println("paramcount-kernel: the JDK's WARNING lines above are about the kernel's guard that keeps "
                    + "System.exit in a cell from ending the kernel; nothing to do (see docs/kernel.md)");
            return;
        }
        if (outcome == ExitGuard.Outcome.DISABLED) {
            return;
        }
        int feature = Runtime.version().feature();
        System.err.println("paramcount-kernel: System.exit in a cell will end this kernel: Java " + feature
                + (feature >= 24 ? " has no way to refuse it (Java 17 to 23 have)"
                        : " allows the guard only with -Djava.security.manager=allow (the installer adds it)"));
    }

    /**
     * After a shutdown request: user code may have left non-daemon threads (a Swing frame, an
     * executor), so make sure the process ends even if they would keep the JVM alive.
     */
    static void exitSoon() {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(EXIT_GRACE_MILLIS);
            } catch (InterruptedException ignored) {
                // exit now then
            }
            Runtime.getRuntime().halt(0);
        }, "paramcount-exit");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Jupyter names the process that started the kernel in JPY_PARENT_PID; when that process is
     * gone (the server was killed), nobody can shut the kernel down any more, so it ends itself,
     * as ipykernel does. (On Windows the variable holds a handle, not a process id.)
     */
    private static void exitWithParent() {
        String parent = System.getenv("JPY_PARENT_PID");
        if (parent == null || !parent.matches("\\d+") || System.getProperty("os.name").startsWith("Windows")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(0)),
                () -> Runtime.getRuntime().halt(0));
    }

    /** IJava's option for javac flags, e.g. {@code -parameters}; honoured for compatibility. */
    private static List<String> compilerOptions() {
        String opts = System.getenv("IJAVA_COMPILER_OPTS");
        return opts == null || opts.isBlank() ? List.of() : List.of(opts.strip().split("\\s+"));
    }

    /**
     * The base library logs every message it handles at INFO to stderr, under a dozen logger
     * names (one per channel thread), which floods the Jupyter server's console. Raising the
     * root level is the one switch that covers them all; {@code -Dparamcount.kernel.log=INFO}
     * (or FINE) brings them back when debugging.
     */
    private static void quietBaseLibraryLogging() {
        Logger root = Logger.getLogger("");
        Level level = Level.parse(System.getProperty("paramcount.kernel.log", "WARNING"));
        root.setLevel(level);
        for (java.util.logging.Handler handler : root.getHandlers()) {
            handler.setLevel(level);
        }
        QUIETED.add(root);
    }

    static String usage() {
        return String.join("\n",
                "usage: java -jar paramcount-kernel.jar CONNECTION_FILE",
                "       java -jar paramcount-kernel.jar install (--prefix DIR | --user) [--heap SIZE] [--max-direct SIZE]",
                "                                               [--jvm-opt OPT]... [--env KEY=VALUE]...",
                "       java -jar paramcount-kernel.jar --version");
    }
}
