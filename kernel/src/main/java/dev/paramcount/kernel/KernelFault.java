package dev.paramcount.kernel;

import dev.paramcount.kernel.execution.CellError;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Something failed inside the kernel rather than in the user's code. Shown with the kernel's
 * own stack trace, since that is what a bug report needs; the kernel itself carries on.
 */
final class KernelFault extends Exception implements CellError {
    private static final long serialVersionUID = 1L;

    KernelFault(Throwable cause) {
        super("internal error in the paramcount kernel: " + cause, cause);
    }

    @Override
    public List<String> traceback() {
        List<String> lines = new ArrayList<>();
        lines.add("\u001b[1;31m" + getMessage() + "\u001b[0m");
        lines.add("The kernel is still running; please report this with the trace below.");
        StringWriter trace = new StringWriter();
        getCause().printStackTrace(new PrintWriter(trace));
        lines.addAll(trace.toString().lines().toList());
        return lines;
    }
}
