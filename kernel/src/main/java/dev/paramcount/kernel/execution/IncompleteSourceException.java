package dev.paramcount.kernel.execution;

import java.util.ArrayList;
import java.util.List;

/** The cell ended in the middle of a statement or declaration. */
public final class IncompleteSourceException extends Exception implements CellError {
    private static final long serialVersionUID = 1L;

    private final String remainder;

    IncompleteSourceException(String remainder) {
        super("incomplete input: the cell ends before this code is complete", null, false, false);
        this.remainder = remainder;
    }

    @Override
    public List<String> traceback() {
        List<String> lines = new ArrayList<>();
        lines.add(Ansi.boldRed("error: ") + Ansi.bold("incomplete input")
                + " - the cell ends before this code is complete (a missing '}', ')' or ';'?):");
        for (String line : remainder.split("\\R")) {
            lines.add("    " + line);
        }
        return lines;
    }
}
