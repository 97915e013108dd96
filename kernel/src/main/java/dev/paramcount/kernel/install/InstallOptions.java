package dev.paramcount.kernel.install;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of {@code install}: where to write the kernelspec (a prefix such as
 * {@code .venv}, or the user's Jupyter directory when asked with {@code --user}), the JVM's heap,
 * ND4J's off-heap limit, extra JVM options and environment variables.
 *
 * @param prefix null when {@code user} is set
 */
public record InstallOptions(Path prefix, boolean user, MemorySize heap, MemorySize offHeap,
                             List<String> jvmOptions, Map<String, String> environment, boolean classDataArchive,
                             boolean help) {
    public static final MemorySize DEFAULT_HEAP = new MemorySize(3L << 30);
    public static final MemorySize DEFAULT_OFF_HEAP = new MemorySize(6L << 30);

    public InstallOptions {
        jvmOptions = List.copyOf(jvmOptions);
        environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    public static InstallOptions parse(List<String> args) throws UsageException {
        Path prefix = null;
        boolean user = false;
        MemorySize heap = DEFAULT_HEAP;
        MemorySize offHeap = DEFAULT_OFF_HEAP;
        List<String> jvmOptions = new ArrayList<>();
        Map<String, String> environment = new LinkedHashMap<>();
        boolean classDataArchive = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            switch (name) {
                case "--help":
                case "-h":
                    return new InstallOptions(null, false, heap, offHeap, jvmOptions, environment, false, true);
                case "--user":
                    noValue(name, inline);
                    user = true;
                    break;
                case "--no-cds":
                    noValue(name, inline);
                    classDataArchive = false;
                    break;
                case "--prefix":
                    String dir = inline != null ? inline : value(args, ++i, name);
                    if (dir.isBlank()) {
                        throw new UsageException("--prefix needs a directory");
                    }
                    prefix = Path.of(dir);
                    break;
                case "--heap":
                    heap = MemorySize.parse(name, inline != null ? inline : value(args, ++i, name));
                    break;
                case "--max-direct":
                    offHeap = MemorySize.parse(name, inline != null ? inline : value(args, ++i, name));
                    break;
                case "--jvm-opt":
                    String option = inline != null ? inline : value(args, ++i, name);
                    if (option.isBlank()) {
                        throw new UsageException("--jvm-opt needs a JVM option, e.g. --jvm-opt -XX:+UseZGC");
                    }
                    jvmOptions.add(option);
                    break;
                case "--env":
                    String pair = inline != null ? inline : value(args, ++i, name);
                    int split = pair.indexOf('=');
                    if (split <= 0) {
                        throw new UsageException("--env: \"" + pair + "\" is not KEY=VALUE");
                    }
                    environment.put(pair.substring(0, split), pair.substring(split + 1));
                    break;
                default:
                    throw new UsageException(arg.startsWith("-")
                            ? "unknown option " + arg + " (see install --help)"
                            : "unexpected argument \"" + arg + "\" (see install --help)");
            }
        }
        if (prefix == null && !user) {
            throw new UsageException("say where to install: --prefix DIR (e.g. --prefix .venv) or --user");
        }
        if (prefix != null && user) {
            throw new UsageException("--prefix and --user exclude each other");
        }
        return new InstallOptions(prefix, user, heap, offHeap, jvmOptions, environment, classDataArchive, false);
    }

    private static void noValue(String option, String inline) throws UsageException {
        if (inline != null) {
            throw new UsageException(option + " takes no value");
        }
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        // Values may start with '-' (JVM options do), so only a missing value is an error.
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    static String usage() {
        return String.join("\n",
                "usage: java -jar paramcount-kernel.jar install (--prefix DIR | --user) [options]",
                "  --prefix DIR       write DIR/share/jupyter/kernels/java/kernel.json (e.g. --prefix .venv)",
                "  --user             write into your own Jupyter data directory instead",
                "  --heap SIZE        the JVM heap, -Xmx (default " + DEFAULT_HEAP + ")",
                "  --max-direct SIZE  ND4J's off-heap limit, org.bytedeco.javacpp.maxbytes (default " + DEFAULT_OFF_HEAP + ");",
                "                     maxphysicalbytes becomes heap + off-heap",
                "  --jvm-opt OPT      one more JVM option (repeatable)",
                "  --env KEY=VALUE    an environment variable for the kernel (repeatable)",
                "  --no-cds           skip the class-data archive that makes the kernel start faster",
                "                     (writing it takes a few seconds; it is kept next to kernel.json)");
    }
}
