package dev.paramcount.kernel.execution;

import java.util.List;

/**
 * An error the notebook shows as written, instead of a Java stack trace of the kernel itself.
 * Implemented by exceptions; their class's simple name becomes the Jupyter {@code ename} and
 * their message the {@code evalue}.
 */
public interface CellError {
    /** The lines of the error's traceback in the cell's output, without line breaks. */
    List<String> traceback();
}
