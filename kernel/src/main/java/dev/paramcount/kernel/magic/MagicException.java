package dev.paramcount.kernel.magic;

import dev.paramcount.kernel.execution.CellError;
import java.util.ArrayList;
import java.util.List;

/** A magic that could not do what it was asked: an unknown name, bad arguments, a missing file. */
public final class MagicException extends Exception implements CellError {
    private static final long serialVersionUID = 1L;

    private final String magic;
    private final List<String> hints;

    public MagicException(String magic, String message, String... hints) {
        super(magic + ": " + message, null, false, false);
        this.magic = magic;
        this.hints = List.of(hints);
    }

    /** The magic as written, e.g. {@code %jars}. */
    public String magic() {
        return magic;
    }

    @Override
    public List<String> traceback() {
        List<String> lines = new ArrayList<>();
        lines.add("\u001b[1;31merror:\u001b[0m " + getMessage());
        lines.addAll(hints);
        return lines;
    }
}
