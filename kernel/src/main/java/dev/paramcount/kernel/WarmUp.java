package dev.paramcount.kernel;

import java.util.List;

/**
 * What the kernel compiles in the background right after it starts, so that JShell's compiler
 * is loaded and partly JIT-compiled before the first cells arrive: one of each kind of snippet a
 * notebook uses. Everything it declares is dropped again afterwards.
 */
final class WarmUp {
    static final int ROUNDS = 6;

    static final List<String> SNIPPETS = List.of(
            "1 + 2",
            "int paramcountWarmUp1 = 6 * 7;",
            "String.valueOf(paramcountWarmUp1).length()",
            "long paramcountWarmUp2(int n) { long s = 0; for (int i = 0; i < n; i++) { s += i; } return s; }",
            "paramcountWarmUp2(10)",
            "class ParamcountWarmUp3 { final int x; ParamcountWarmUp3(int x) { this.x = x; } "
                    + "public String toString() { return \"w\" + x; } }",
            "new ParamcountWarmUp3(3).toString()",
            "List.of(1, 2, 3).stream().map(i -> i * 2).mapToInt(Integer::intValue).sum()",
            "for (int i = 0; i < 3; i++) { Math.max(i, 1); }",
            "var paramcountWarmUp4 = new ArrayList<String>();");

    private WarmUp() {
    }
}
