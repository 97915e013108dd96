package dev.paramcount.kernel.execution;

import java.security.Permission;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;

/**
 * Keeps notebook code from ending the kernel's JVM: {@code System.exit}, {@code Runtime.exit}
 * and {@code Runtime.halt} called by a cell (or by a thread, a library or a class loader a cell
 * started) throw a {@link SecurityException} that says the kernel keeps running and how to
 * restart it, instead of ending the process with every variable in it. The kernel's own exits
 * (after a shutdown request, when its parent process dies) go through.
 *
 * <p>The JDK's only hook for refusing an exit is a {@link SecurityManager}. This one checks
 * nothing else: every other permission check returns at once, so code runs as without one. A
 * security manager can be installed at run time on Java 17 (the JDK then prints four lines of
 * deprecation warning to the process's original stderr, which no Java code can hold back: they
 * go to the Jupyter server's console, never to a notebook), on Java 18 to 23 only when the JVM
 * was started with {@code -Djava.security.manager=allow} (the installer adds it there), and not
 * at all from Java 24 on: there {@link #install} reports that it could not, and an exit in a cell
 * ends the kernel as it does in IJava. {@code -Dparamcount.kernel.exitGuard=false} leaves it out.
 */
@SuppressWarnings("removal") // SecurityManager: deprecated for removal, and still the only way on Java 17
public final class ExitGuard extends SecurityManager {
    static final String DISABLE_PROPERTY = "paramcount.kernel.exitGuard";

    private ExitGuard() {
    }

    /** What {@link #install} did. */
    public enum Outcome {
        INSTALLED, DISABLED, UNSUPPORTED
    }

    /**
     * Installs the guard for this JVM; call it once, early, before other threads print. Returns
     * {@link Outcome#UNSUPPORTED} if this Java does not allow a security manager.
     */
    public static Outcome install() {
        if (!Boolean.parseBoolean(System.getProperty(DISABLE_PROPERTY, "true"))) {
            return Outcome.DISABLED;
        }
        // With a security manager present when it is first used, the common pool would run tasks
        // on "innocuous" threads (no context class loader to set, thread locals wiped after each
        // task); created now, it keeps the ordinary ones a notebook expects.
        ForkJoinPool.commonPool();
        try {
            System.setSecurityManager(new ExitGuard());
            return Outcome.INSTALLED;
        } catch (UnsupportedOperationException | SecurityException e) {
            return Outcome.UNSUPPORTED;
        }
    }

    @Override
    public void checkExit(int status) {
        String refusal = refusal(ExecutionThread.isCellThread(Thread.currentThread()), getClassContext(),
                exitCall(status));
        if (refusal != null) {
            SecurityException e = new SecurityException(refusal);
            e.setStackTrace(callersOfExit(e.getStackTrace()));
            throw e;
        }
    }

    /** The frames below the exit call: the guard, Runtime and System are no news to the user. */
    static StackTraceElement[] callersOfExit(StackTraceElement[] frames) {
        int first = 0;
        for (int i = 0; i < frames.length; i++) {
            if (isExitMethod(frames[i].getClassName(), frames[i].getMethodName())) {
                first = i + 1;
            }
        }
        return Arrays.copyOfRange(frames, first, frames.length);
    }

    /**
     * Why an exit is refused, or null if it may go ahead: it is refused on the cell thread, and on
     * any thread whose stack holds notebook code (a class of a cell or of a jar it added).
     */
    static String refusal(boolean onCellThread, Class<?>[] stack, String call) {
        boolean fromNotebook = onCellThread;
        for (int i = 0; !fromNotebook && i < stack.length; i++) {
            fromNotebook = isNotebookClass(stack[i]);
        }
        if (!fromNotebook) {
            return null;
        }
        return call + " was not run: it would end the kernel, and every variable with it. "
                + "The kernel keeps running; to start afresh, use Kernel \u2192 Restart Kernel.";
    }

    /** A class of a cell, of a jar added with %jars/%classpath, or of a class loader built on those. */
    static boolean isNotebookClass(Class<?> c) {
        for (ClassLoader loader = c.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof SnippetClassLoader) {
                return true;
            }
        }
        return false;
    }

    /** How the exit was asked for, as the user wrote it: {@code System.exit(0)}, {@code Runtime.getRuntime().halt(1)}. */
    private static String exitCall(int status) {
        String call = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> isExitMethod(f.getClassName(), f.getMethodName()))
                .reduce((inner, outer) -> outer) // System.exit calls Runtime.exit: name the outer one
                .map(f -> f.getClassName().equals("java.lang.System") ? "System.exit"
                        : "Runtime.getRuntime()." + f.getMethodName())
                .orElse("System.exit"));
        return call + "(" + status + ")";
    }

    /** {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt}: the calls the guard refuses. */
    private static boolean isExitMethod(String className, String methodName) {
        return className.equals("java.lang.System") && methodName.equals("exit")
                || className.equals("java.lang.Runtime") && (methodName.equals("exit") || methodName.equals("halt"));
    }

    // Everything else is allowed, without the permission objects and policy lookups of the
    // default implementation.

    @Override
    public void checkPermission(Permission perm) {
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
    }

    @Override
    public void checkPackageAccess(String pkg) {
    }

    @Override
    public void checkPackageDefinition(String pkg) {
    }
}
