package dev.paramcount.kernel.install;

import com.google.gson.GsonBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The content of kernel.json: how Jupyter starts the kernel and what it calls it. */
public final class KernelSpec {
    /** The kernel name notebooks refer to; the same as IJava's, so notebooks run on either. */
    public static final String NAME = "java";

    /** Always on: charts render into images, and there is no screen behind a kernel. */
    static final List<String> FIXED_JVM_OPTIONS = List.of("-Djava.awt.headless=true");

    /**
     * Java 18 to 23 allow a security manager to be installed at run time only with this option;
     * the kernel's guard against {@code System.exit} in a cell needs one. Java 17 allows it
     * without, and Java 24 and later refuse to start with it.
     */
    static final String ALLOW_SECURITY_MANAGER = "-Djava.security.manager=allow";

    /** The JVM's mode for the kernel's own main class: exercise the start-up path, then exit. */
    static final String TRAIN = "--train";

    private final List<String> argv;
    private final String displayName;
    private final Map<String, String> environment;

    private KernelSpec(List<String> argv, String displayName, Map<String, String> environment) {
        this.argv = List.copyOf(argv);
        this.displayName = displayName;
        this.environment = environment;
    }

    /** The JVM options: everything between the java executable and {@code -jar}. */
    private List<String> jvmOptions() {
        return argv.subList(1, argv.size() - 3);
    }

    private String java() {
        return argv.get(0);
    }

    private String jar() {
        return argv.get(argv.size() - 2);
    }

    /** The command that writes a class-data archive of the kernel's start-up to {@code archive}. */
    public List<String> trainingCommand(Path archive) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions());
        command.add("-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath());
        command.addAll(List.of("-jar", jar(), TRAIN));
        return command;
    }

    /**
     * This spec, starting the JVM with the class-data archive. A stale archive (the jar or the
     * JDK changed since) makes the JVM print one warning and start without it.
     */
    public KernelSpec withClassDataArchive(Path archive) {
        List<String> withArchive = new ArrayList<>();
        withArchive.add(java());
        withArchive.addAll(jvmOptions());
        withArchive.add("-XX:SharedArchiveFile=" + archive.toAbsolutePath());
        withArchive.addAll(argv.subList(argv.size() - 3, argv.size()));
        return new KernelSpec(withArchive, displayName, environment);
    }

    /**
     * @param java        the java executable that will run the kernel
     * @param jar         the kernel jar
     * @param javaFeature the Java release it runs on, for the display name and the options it needs
     */
    public static KernelSpec of(InstallOptions options, Path java, Path jar, int javaFeature) {
        List<String> argv = new ArrayList<>();
        argv.add(java.toAbsolutePath().toString());
        argv.add("-Xmx" + options.heap());
        // JavaCPP (under ND4J) reads these: its own allocations, and the whole process's footprint.
        argv.add("-Dorg.bytedeco.javacpp.maxbytes=" + options.offHeap());
        argv.add("-Dorg.bytedeco.javacpp.maxphysicalbytes=" + options.heap().plus(options.offHeap()));
        argv.addAll(FIXED_JVM_OPTIONS);
        if (javaFeature >= 18 && javaFeature <= 23) {
            argv.add(ALLOW_SECURITY_MANAGER);
        }
        argv.addAll(options.jvmOptions());
        argv.add("-jar");
        argv.add(jar.toAbsolutePath().toString());
        argv.add("{connection_file}");
        return new KernelSpec(argv, "Java " + javaFeature + " (paramcount, IJava-compatible)", options.environment());
    }

    public List<String> argv() {
        return argv;
    }

    public String displayName() {
        return displayName;
    }

    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("argv", argv);
        json.put("display_name", displayName);
        json.put("language", "java");
        // The kernel stops cells itself on an interrupt_request; a signal would kill the JVM.
        json.put("interrupt_mode", "message");
        if (!environment.isEmpty()) {
            json.put("env", environment);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n";
    }
}
