package dev.paramcount.kernel.runtime;

import dev.paramcount.kernel.JavaKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.UUID;

/**
 * IJava's display functions, statically imported into every notebook: {@code display} shows an
 * object now, {@code render} returns its rich form (as a cell's last expression it becomes the
 * result), {@code updateDisplay} replaces an earlier display.
 */
public final class Display {
    private Display() {
    }

    /** Shows {@code o} in the types it prefers; returns an id for {@link #updateDisplay}. */
    public static String display(Object o) {
        return publish(kernel().getRenderer().render(o));
    }

    /** Shows {@code o} as the requested MIME types (when it supports them) plus text/plain. */
    public static String display(Object o, String... mimeTypes) {
        return publish(kernel().getRenderer().renderAs(o, mimeTypes));
    }

    public static DisplayData render(Object o) {
        return kernel().getRenderer().render(o);
    }

    public static DisplayData render(Object o, String... mimeTypes) {
        return kernel().getRenderer().renderAs(o, mimeTypes);
    }

    public static void updateDisplay(String id, Object o) {
        kernel().updateDisplay(id, kernel().getRenderer().render(o));
    }

    public static void updateDisplay(String id, Object o, String... mimeTypes) {
        kernel().updateDisplay(id, kernel().getRenderer().renderAs(o, mimeTypes));
    }

    private static String publish(DisplayData data) {
        if (!data.hasDisplayId()) {
            data.setDisplayId(UUID.randomUUID().toString());
        }
        kernel().display(data);
        return data.getDisplayId();
    }

    private static JavaKernel kernel() {
        JavaKernel kernel = JavaKernel.current();
        if (kernel == null) {
            throw new IllegalStateException("display and render need a running paramcount kernel; "
                    + "they work inside a notebook cell, not in plain Java");
        }
        return kernel;
    }
}
