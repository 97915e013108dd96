package dev.paramcount.kernel.execution;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders compiler problems the way a reader wants them: the message, then the offending line
 * of the cell with the bad part marked, in colour for Jupyter and with a caret line underneath
 * for anything that shows plain text.
 */
public final class SourceMarker {
    private static final String GUTTER = "    ";

    private SourceMarker() {
    }

    /**
     * @param source    the snippet the positions refer to
     * @param firstLine the cell line the snippet starts on (1-based), or 0 if unknown
     */
    public static List<String> mark(String source, int firstLine, List<SourceProblem> problems) {
        List<String> lines = new ArrayList<>();
        for (SourceProblem problem : problems) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(markOne(source, firstLine, problem));
        }
        return lines;
    }

    static List<String> markOne(String source, int firstLine, SourceProblem problem) {
        List<String> lines = new ArrayList<>();
        String[] message = problem.message().split("\\R");
        lines.add(Ansi.boldRed("error: ") + Ansi.bold(message[0]));
        for (int i = 1; i < message.length; i++) {
            lines.add(message[i]);
        }
        int point = pointOf(source, problem);
        if (point < 0) {
            return lines;
        }
        int lineStart = source.lastIndexOf('\n', point - 1) + 1;
        int lineEnd = source.indexOf('\n', point);
        if (lineEnd < 0) {
            lineEnd = source.length();
        }
        String text = source.substring(lineStart, lineEnd);
        // The marked range is the problem's range clipped to this line, at least one character.
        int from = Math.max(problem.start() < 0 ? point : problem.start(), lineStart) - lineStart;
        int to = Math.min(Math.max(problem.end(), point + 1), lineEnd) - lineStart;
        from = Math.min(from, text.length());
        to = Math.max(to, from + 1);

        String where = firstLine > 0 ? "line " + (firstLine + lineIndex(source, lineStart)) : "";
        if (!where.isEmpty()) {
            lines.add(where + ":");
        }
        String highlighted = text.substring(0, from)
                + Ansi.boldRed(text.substring(from, Math.min(to, text.length())))
                + text.substring(Math.min(to, text.length()));
        lines.add(GUTTER + highlighted);
        lines.add(GUTTER + caretPadding(text, from) + "^".repeat(to - from));
        return lines;
    }

    private static int pointOf(String source, SourceProblem problem) {
        int point = problem.position() >= 0 ? problem.position() : problem.start();
        if (point < 0 || source.isEmpty()) {
            return -1;
        }
        return Math.min(point, source.length());
    }

    private static int lineIndex(String source, int offset) {
        int n = 0;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Spaces up to the marked column, keeping tabs so the carets line up under them. */
    private static String caretPadding(String text, int column) {
        StringBuilder pad = new StringBuilder(column);
        for (int i = 0; i < column; i++) {
            pad.append(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        return pad.toString();
    }
}
