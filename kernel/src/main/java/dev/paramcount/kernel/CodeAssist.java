package dev.paramcount.kernel;

import dev.paramcount.kernel.execution.CodeEvaluator;
import dev.paramcount.kernel.magic.CellPart;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * Tab completion, Shift-Tab inspection and the is-complete check, all from JShell's own source
 * analysis. Magic lines are blanked out first (keeping every offset) since JShell cannot parse
 * them; completion on a magic line offers magic names instead.
 */
final class CodeAssist {
    /** The is_complete answers the Jupyter protocol defines. */
    static final String COMPLETE = "complete";
    static final String INVALID = "invalid";

    private static final Pattern MAGIC_NAME_AT_END = Pattern.compile("(?m)^\\s*%(\\w*)$");

    private final CodeEvaluator evaluator;
    private final Set<String> magicNames;

    CodeAssist(CodeEvaluator evaluator, Set<String> magicNames) {
        this.evaluator = evaluator;
        this.magicNames = magicNames;
    }

    ReplacementOptions complete(String code, int cursor) {
        int at = Math.max(0, Math.min(cursor, code.length()));
        Matcher magic = MAGIC_NAME_AT_END.matcher(code.substring(0, at));
        if (magic.find() && magic.end() == at) {
            String prefix = magic.group(1);
            List<String> names = magicNames.stream().filter(n -> n.startsWith(prefix)).sorted().collect(Collectors.toList());
            return new ReplacementOptions(names, magic.start(1), at);
        }
        String java = CellPart.withoutMagics(code);
        return evaluator.analyze(analysis -> {
            int[] anchor = new int[1];
            List<SourceCodeAnalysis.Suggestion> suggestions = analysis.completionSuggestions(java, at, anchor);
            // Type-matching suggestions first, as JShell's own tool lists them; no duplicates.
            Set<String> ordered = new LinkedHashSet<>();
            suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType)
                    .forEach(s -> ordered.add(s.continuation()));
            suggestions.forEach(s -> ordered.add(s.continuation()));
            return new ReplacementOptions(new ArrayList<>(ordered), anchor[0], at);
        });
    }

    /** The documentation JShell has for the name or call at the cursor; null if none. */
    DisplayData inspect(String code, int cursor) {
        String java = CellPart.withoutMagics(code);
        int at = inspectionPoint(java, cursor);
        List<SourceCodeAnalysis.Documentation> docs = evaluator.analyze(analysis -> {
            List<SourceCodeAnalysis.Documentation> found = analysis.documentation(java, at, true);
            if (found.isEmpty() && (at == 0 || java.charAt(at - 1) != '(')) {
                // A bare method name ("Math.max"): ask as if its call had been opened.
                found = analysis.documentation(java.substring(0, at) + "(" + java.substring(at), at + 1, true);
            }
            return found;
        });
        if (docs == null || docs.isEmpty()) {
            return null;
        }
        String text = docs.stream()
                .map(d -> d.javadoc() == null || d.javadoc().isBlank() ? d.signature() : d.signature() + "\n\n" + d.javadoc())
                .collect(Collectors.joining("\n\n"));
        return new DisplayData(text);
    }

    /**
     * Where to ask JShell for documentation: JShell documents the call whose argument list the
     * cursor is in, so a cursor anywhere on a name moves to its end and past an opening
     * parenthesis: {@code Math.ma|x(} and {@code Math.max|(} both become {@code Math.max(|}.
     */
    static int inspectionPoint(String code, int cursor) {
        int at = Math.max(0, Math.min(cursor, code.length()));
        while (at < code.length() && Character.isJavaIdentifierPart(code.charAt(at))) {
            at++;
        }
        if (at < code.length() && code.charAt(at) == '(') {
            at++;
        }
        return at;
    }

    /** "complete", "invalid", or the indent for the next line when more input is needed. */
    String isComplete(String code) {
        String java = CellPart.withoutMagics(code);
        return evaluator.analyze(analysis -> {
            String rest = java;
            while (true) {
                CompletionInfo info = analysis.analyzeCompletion(rest);
                switch (info.completeness()) {
                    case EMPTY:
                        return COMPLETE;
                    case COMPLETE:
                    case COMPLETE_WITH_SEMI:
                        rest = info.remaining();
                        break;
                    case DEFINITELY_INCOMPLETE:
                    case CONSIDERED_INCOMPLETE:
                        return nextIndent(rest);
                    default:
                        return INVALID;
                }
            }
        });
    }

    /** The last line's indentation, one level deeper after an opening brace. */
    static String nextIndent(String code) {
        String last = code.stripTrailing();
        int lineStart = last.lastIndexOf('\n') + 1;
        String line = last.substring(lineStart);
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        return last.endsWith("{") ? indent + "    " : indent;
    }
}
