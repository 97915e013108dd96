package dev.paramcount.kernel.execution;

import java.util.List;
import java.util.stream.Collectors;

/** A snippet that did not compile: its source and what the compiler said about it. */
public final class CompilationException extends Exception implements CellError {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int firstLine;
    private final transient List<SourceProblem> problems;

    CompilationException(String source, int firstLine, List<SourceProblem> problems) {
        super(problems.stream().map(p -> p.message().split("\\R")[0]).collect(Collectors.joining("; ")),
                null, false, false);
        this.source = source;
        this.firstLine = firstLine;
        this.problems = List.copyOf(problems);
    }

    public List<SourceProblem> problems() {
        return problems;
    }

    @Override
    public List<String> traceback() {
        return SourceMarker.mark(source, firstLine, problems);
    }
}
