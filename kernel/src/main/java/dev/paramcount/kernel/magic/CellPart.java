package dev.paramcount.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A piece of a cell, run in order: Java code, a line magic, or (the whole cell) a cell magic.
 * Magics are taken out of the cell before JShell sees it, which is how IJava notebooks use them
 * (a {@code %jars} line, then code that needs the jar).
 */
public sealed interface CellPart permits CellPart.Code, CellPart.LineMagic, CellPart.CellMagic {
    /** What a magic line starts with; {@link MagicCall} does the real parsing. */
    Pattern MAGIC_LINE = Pattern.compile("\\s*%%?[A-Za-z_]");

    Object runWith(Runner runner) throws Exception;

    /** What each kind of part does when run. */
    interface Runner {
        Object code(String code, int firstLine) throws Exception;

        Object lineMagic(MagicCall call) throws Exception;

        Object cellMagic(MagicCall call, String body) throws Exception;
    }

    /** Java source; {@code firstLine} is the 1-based cell line it starts on. */
    record Code(String code, int firstLine) implements CellPart {
        @Override
        public Object runWith(Runner runner) throws Exception {
            return runner.code(code, firstLine);
        }
    }

    record LineMagic(MagicCall call) implements CellPart {
        @Override
        public Object runWith(Runner runner) throws Exception {
            return runner.lineMagic(call);
        }
    }

    record CellMagic(MagicCall call, String body) implements CellPart {
        @Override
        public Object runWith(Runner runner) throws Exception {
            return runner.cellMagic(call, body);
        }
    }

    /**
     * Splits a cell into its parts. A cell whose first non-blank line starts with {@code %%} is
     * one cell magic; otherwise every line starting with {@code %name} is a line magic and the
     * lines between them are code.
     */
    static List<CellPart> parse(String cell) throws MagicException {
        String[] lines = cell.split("\\R", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first < lines.length) {
            Optional<MagicCall> cellMagic = MagicCall.cellMagic(lines[first], first + 1);
            if (cellMagic.isPresent()) {
                String body = String.join("\n", List.of(lines).subList(first + 1, lines.length));
                return List.of(new CellMagic(cellMagic.get(), body));
            }
        }
        List<CellPart> parts = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int codeStart = 1;
        for (int i = 0; i < lines.length; i++) {
            Optional<MagicCall> magic = MagicCall.lineMagic(lines[i], i + 1);
            if (magic.isPresent()) {
                addCode(parts, code, codeStart);
                parts.add(new LineMagic(magic.get()));
                codeStart = i + 2;
            } else {
                code.append(lines[i]).append('\n');
            }
        }
        addCode(parts, code, codeStart);
        return parts;
    }

    private static void addCode(List<CellPart> parts, StringBuilder code, int firstLine) {
        if (!code.toString().isBlank()) {
            parts.add(new Code(code.toString(), firstLine));
        }
        code.setLength(0);
    }

    /** The cell with every magic line blanked out (same length), for completion and inspection. */
    public static String withoutMagics(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        int start = 0;
        while (start <= cell.length()) {
            int end = cell.indexOf('\n', start);
            String line = cell.substring(start, end < 0 ? cell.length() : end);
            out.append(MAGIC_LINE.matcher(line).lookingAt() ? " ".repeat(line.length()) : line);
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }
}
