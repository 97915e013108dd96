package dev.paramcount.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kernel's own version, from the kernel-metadata.json Maven writes at build time. */
public final class KernelVersion {
    public static final String NAME = "paramcount-kernel";
    public static final String VERSION = read();

    private KernelVersion() {
    }

    private static String read() {
        try (InputStream in = KernelVersion.class.getResourceAsStream("/kernel-metadata.json")) {
            if (in != null) {
                Matcher m = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"")
                        .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (m.find() && !m.group(1).startsWith("${")) {
                    return m.group(1);
                }
            }
        } catch (IOException e) {
            // fall through: a missing version must not stop the kernel
        }
        return "unknown";
    }
}
