package dev.paramcount.kernel.execution;

/** The few terminal colours Jupyter renders in tracebacks; plain-text readers just see the text. */
final class Ansi {
    private static final String RESET = "\u001b[0m";

    private Ansi() {
    }

    static String boldRed(String s) {
        return "\u001b[1;31m" + s + RESET;
    }

    static String bold(String s) {
        return "\u001b[1m" + s + RESET;
    }

    static String strip(String s) {
        return s.replaceAll("\u001b\\[[0-9;]*m", "");
    }
}
