package dev.paramcount.kernel.install;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A memory size as the JVM and JavaCPP both read it: a whole number with an optional
 * k, m, g or t suffix (powers of 1024), e.g. {@code 3g} or {@code 512m}.
 */
public record MemorySize(long bytes) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,12})([kmgt]?)b?");
    private static final String UNITS = "kmgt";

    public MemorySize {
        if (bytes <= 0) {
            throw new IllegalArgumentException("a memory size must be positive, got " + bytes);
        }
    }

    /** @param option the option it was given to, for the error message */
    public static MemorySize parse(String option, String text) throws UsageException {
        Matcher m = FORMAT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new UsageException(option + ": \"" + text + "\" is not a memory size like 3g, 512m or 1048576k");
        }
        long value = Long.parseLong(m.group(1));
        int shift = m.group(2).isEmpty() ? 0 : 10 * (UNITS.indexOf(m.group(2)) + 1);
        if (shift > 0 && value > (Long.MAX_VALUE >> shift)) {
            throw new UsageException(option + ": \"" + text + "\" is too large");
        }
        return new MemorySize(value << shift);
    }

    public MemorySize plus(MemorySize other) {
        return new MemorySize(Math.addExact(bytes, other.bytes));
    }

    /** The shortest exact spelling: {@code 9g}, not {@code 9216m}; {@code 3584m} stays. */
    @Override
    public String toString() {
        for (int i = UNITS.length() - 1; i >= 0; i--) {
            long unit = 1L << (10 * (i + 1));
            if (bytes % unit == 0) {
                return (bytes / unit) + String.valueOf(UNITS.charAt(i));
            }
        }
        return Long.toString(bytes);
    }
}
