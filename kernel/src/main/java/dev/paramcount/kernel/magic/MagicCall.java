package dev.paramcount.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One magic as written in a cell: {@code %name args...} on a line of its own, or
 * {@code %%name args...} opening a cell. Arguments are split on white space; double or single
 * quotes keep spaces, and inside double quotes {@code \"} and {@code \\} escape. A backslash
 * elsewhere is literal, so Windows paths need no doubling.
 *
 * @param line the 1-based line of the cell it is on
 */
public record MagicCall(String name, List<String> args, int line, boolean cellMagic) {
    private static final Pattern LINE_MAGIC = Pattern.compile("^\\s*%(?!%)([A-Za-z_][\\w.-]*)(?:\\s+(.*))?\\s*$");
    private static final Pattern CELL_MAGIC = Pattern.compile("^\\s*%%([A-Za-z_][\\w.-]*)(?:\\s+(.*))?\\s*$");

    public MagicCall {
        args = List.copyOf(args);
    }

    /** The line magic on {@code text}, or empty when the line is Java (or a cell magic). */
    public static Optional<MagicCall> lineMagic(String text, int line) throws MagicException {
        return parse(LINE_MAGIC, text, line, false);
    }

    /** The cell magic on {@code text} (a cell's first line), or empty when it has none. */
    public static Optional<MagicCall> cellMagic(String text, int line) throws MagicException {
        return parse(CELL_MAGIC, text, line, true);
    }

    /** The magic as the user wrote its name, e.g. {@code %jars}. */
    public String display() {
        return (cellMagic ? "%%" : "%") + name;
    }

    private static Optional<MagicCall> parse(Pattern pattern, String text, int line, boolean cell)
            throws MagicException {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1);
        String rest = m.group(2) == null ? "" : m.group(2);
        return Optional.of(new MagicCall(name, split((cell ? "%%" : "%") + name, rest), line, cell));
    }

    static List<String> split(String magic, String text) throws MagicException {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inArg = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (quote == '"' && c == '\\' && i + 1 < text.length()
                        && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
                    current.append(text.charAt(++i));
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inArg = true;
            } else if (Character.isWhitespace(c)) {
                if (inArg) {
                    args.add(current.toString());
                    current.setLength(0);
                    inArg = false;
                }
            } else {
                current.append(c);
                inArg = true;
            }
        }
        if (quote != 0) {
            throw new MagicException(magic, "unterminated " + quote + " quote in: " + text.strip());
        }
        if (inArg) {
            args.add(current.toString());
        }
        return args;
    }
}
