package dev.paramcount.kernel.execution;

/**
 * One compiler complaint about a snippet: the offending range and the preferred point inside it
 * (offsets into the snippet's source, or -1 when the compiler gave none) and the message.
 */
public record SourceProblem(int start, int end, int position, String message) {
    public static SourceProblem withoutPosition(String message) {
        return new SourceProblem(-1, -1, -1, message);
    }
}
