package dev.paramcount.kernel.install;

/** Bad command-line arguments; reported as one {@code error:} line and exit status 2. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
