package dev.paramcount.kernel.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns UTF-8 bytes written in arbitrary pieces ({@code System.out.write}, an
 * {@code InputStream.transferTo(System.out)}) into text, holding back the bytes of a character
 * that is not complete yet so that it is never sent as two replacement characters.
 */
final class Utf8Assembler {
    private static final byte[] NONE = new byte[0];

    private byte[] rest = NONE; // at most 3 bytes: the start of an unfinished character

    /** The text of the complete characters in what was held back plus {@code b[off, off+len)}. */
    String decode(byte[] b, int off, int len) {
        byte[] all;
        int from;
        if (rest.length == 0) {
            all = b;
            from = off;
        } else {
            all = Arrays.copyOf(rest, rest.length + len);
            System.arraycopy(b, off, all, rest.length, len);
            from = 0;
            len = all.length;
        }
        int end = from + len;
        int cut = completeUpTo(all, from, end);
        rest = cut == end ? NONE : Arrays.copyOfRange(all, cut, end);
        return new String(all, from, cut - from, StandardCharsets.UTF_8);
    }

    boolean hasRest() {
        return rest.length > 0;
    }

    /** Gives up on the held-back bytes: returns them decoded (as U+FFFD) and forgets them. */
    String rest() {
        String text = rest.length == 0 ? "" : new String(rest, StandardCharsets.UTF_8);
        rest = NONE;
        return text;
    }

    /**
     * Where the last, unfinished character starts, or {@code end} when the bytes end with a
     * complete one. Only a valid start byte followed by too few continuation bytes counts as
     * unfinished; anything malformed is left for the decoder to replace.
     */
    static int completeUpTo(byte[] b, int from, int end) {
        for (int i = end - 1; i >= Math.max(from, end - 3); i--) {
            int c = b[i] & 0xff;
            if ((c & 0xc0) == 0x80) {
                continue; // a continuation byte: look further back for its start
            }
            return end - i < sequenceLength(c) ? i : end;
        }
        return end;
    }

    /** How many bytes a character starting with {@code c} has; 1 for anything that cannot start one. */
    private static int sequenceLength(int c) {
        if (c >= 0xc2 && c <= 0xdf) {
            return 2;
        }
        if (c >= 0xe0 && c <= 0xef) {
            return 3;
        }
        return c >= 0xf0 && c <= 0xf4 ? 4 : 1;
    }
}
