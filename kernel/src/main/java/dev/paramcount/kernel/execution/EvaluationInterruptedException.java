package dev.paramcount.kernel.execution;

import java.util.List;

/** The user interrupted the cell; whatever it was running was stopped. */
public final class EvaluationInterruptedException extends Exception implements CellError {
    private static final long serialVersionUID = 1L;

    private final String code;

    public EvaluationInterruptedException(String code) {
        super("interrupted: the cell was stopped on request", null, false, false);
        this.code = code;
    }

    @Override
    public List<String> traceback() {
        String first = code.strip().lines().findFirst().orElse("");
        return List.of(Ansi.boldRed("interrupted: ") + "the cell was stopped on request, while running:",
                "    " + first + (code.strip().contains("\n") ? " ..." : ""));
    }
}
