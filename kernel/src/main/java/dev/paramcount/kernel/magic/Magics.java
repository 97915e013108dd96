package dev.paramcount.kernel.magic;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The line magics a kernel knows, by name. */
public final class Magics {
    /** A line magic: gets the words after its name. */
    @FunctionalInterface
    public interface LineMagic {
        void run(List<String> args) throws Exception;
    }

    private final Map<String, LineMagic> lineMagics = new TreeMap<>();

    public Magics register(String name, LineMagic magic) {
        lineMagics.put(name, magic);
        return this;
    }

    public Set<String> names() {
        return lineMagics.keySet();
    }

    public void runLine(MagicCall call) throws Exception {
        LineMagic magic = lineMagics.get(call.name());
        if (magic == null) {
            throw new MagicException(call.display(), "unknown line magic (line " + call.line() + ")",
                    "This kernel knows " + known() + ".");
        }
        magic.run(call.args());
    }

    public void runCell(MagicCall call) throws MagicException {
        throw new MagicException(call.display(), "unknown cell magic (this kernel has no cell magics)",
                "Line magics it knows: " + known() + ".");
    }

    private String known() {
        return lineMagics.keySet().stream().map(n -> "%" + n).collect(Collectors.joining(", "));
    }
}
