package dev.paramcount.kernel.output;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A cell's {@code System.in}: before it reads (and the notebook asks the user for input), the
 * text printed so far is sent, so that {@code print("Name: ")} shows before the input box
 * rather than up to one output period after it.
 */
final class PromptingInputStream extends FilterInputStream {
    private final CellOutput output;

    PromptingInputStream(InputStream in, CellOutput output) {
        super(in);
        this.output = output;
    }

    @Override
    public int read() throws IOException {
        output.awaitSent();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        output.awaitSent();
        return super.read(b, off, len);
    }
}
