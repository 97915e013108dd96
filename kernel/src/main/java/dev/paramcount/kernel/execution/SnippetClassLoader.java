package dev.paramcount.kernel.execution;

import java.net.URL;
import java.net.URLClassLoader;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader that user code lives in: the classes JShell compiles for each snippet, plus
 * every jar or directory added with {@code %jars} / {@code %classpath}.
 *
 * <p>Its parent is the kernel's own loader, so snippets can call the runtime helpers
 * ({@code display}, {@code render}); the kernel's private libraries are relocated in the shaded
 * jar, so they never shadow a library the notebook adds. It is also installed as the execution
 * thread's context class loader, because ServiceLoader-based libraries such as ND4J look up
 * their backends through it.
 */
final class SnippetClassLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    /** Bytecode JShell has handed over but the JVM has not asked for yet. */
    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();

    SnippetClassLoader(ClassLoader parent) {
        super("paramcount-snippets", new URL[0], parent);
    }

    void declare(String name, byte[] bytecode) {
        pending.put(name, bytecode);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        // Removed once defined: the JVM never asks twice, and the bytes would only hold memory.
        byte[] bytecode = pending.remove(name);
        if (bytecode != null) {
            return defineClass(name, bytecode, 0, bytecode.length, (ProtectionDomain) null);
        }
        return super.findClass(name);
    }

    @Override
    public void addURL(URL url) {
        super.addURL(url);
    }
}
