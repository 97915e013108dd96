package dev.paramcount.kernel.runtime;

/** Small conveniences IJava puts in every notebook's scope. */
public final class Notebook {
    private Notebook() {
    }

    /** {@code System.out.printf}, as IJava's notebooks know it. */
    public static void printf(String format, Object... args) {
        System.out.printf(format, args);
    }
}
