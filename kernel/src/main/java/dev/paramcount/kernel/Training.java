package dev.paramcount.kernel;

import dev.paramcount.kernel.channels.KernelConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --train}: runs what a kernel does when it starts and serves its first cells (JShell
 * with its imports, each kind of snippet, completion, rendering a value and an image, binding
 * the sockets), then exits. The installer runs it under {@code -XX:ArchiveClassesAtExit}, so the
 * JVM records those thousands of classes, parsed and verified, in a class-data archive that
 * every later kernel start maps instead of loading them again.
 */
final class Training {
    private Training() {
    }

    static int run() throws Exception {
        JavaKernel kernel = JavaKernel.create(Path.of("").toAbsolutePath(), List.of(), System.err);
        for (String source : WarmUp.SNIPPETS) {
            kernel.eval(source);
        }
        kernel.eval("new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB)");
        kernel.eval("display(\"text\");");
        kernel.complete("Math.ma", 7);
        kernel.inspect("Math.max(", 9, false);
        kernel.isComplete("for (;;) {");
        KernelConnection connection = new KernelConnection(new KernelConnectionProperties(
                "127.0.0.1", freePort(), freePort(), freePort(), freePort(), freePort(),
                "tcp", "hmac-sha256", "training"));
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.close();
        return 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
