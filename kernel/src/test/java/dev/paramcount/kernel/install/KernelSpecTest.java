package dev.paramcount.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KernelSpecTest {
    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final Path JAR = Path.of("/repo/kernel/target/paramcount-kernel.jar");

    @Test
    void argvStartsTheJarWithTheMemoryLimitsAndExtraOptions() throws Exception {
        InstallOptions options = InstallOptions.parse(List.of("--prefix", "p", "--heap", "2g", "--max-direct", "512m",
                "--jvm-opt", "-XX:+UseSerialGC"));
        KernelSpec spec = KernelSpec.of(options, JAVA, JAR, 17);
        assertEquals(List.of("/jdk/bin/java", "-Xmx2g", "-Dorg.bytedeco.javacpp.maxbytes=512m",
                "-Dorg.bytedeco.javacpp.maxphysicalbytes=2560m", "-Djava.awt.headless=true", "-XX:+UseSerialGC",
                "-jar", "/repo/kernel/target/paramcount-kernel.jar", "{connection_file}"), spec.argv());
        assertEquals("Java 17 (paramcount, IJava-compatible)", spec.displayName());
    }

    @Test
    void jsonHasTheFieldsJupyterReadsAndKeepsEqualsSignsReadable() throws Exception {
        InstallOptions options = InstallOptions.parse(List.of("--prefix", "p", "--env", "IJAVA_COMPILER_OPTS=-parameters"));
        String json = KernelSpec.of(options, JAVA, JAR, 21).toJson();
        assertTrue(json.contains("\"display_name\": \"Java 21 (paramcount, IJava-compatible)\""), json);
        assertTrue(json.contains("\"language\": \"java\""), json);
        assertTrue(json.contains("\"interrupt_mode\": \"message\""), json);
        assertTrue(json.contains("\"-Dorg.bytedeco.javacpp.maxbytes=6g\""), json);
        assertTrue(json.contains("\"IJAVA_COMPILER_OPTS\": \"-parameters\""), json);
    }

    @Test
    void theTrainingRunUsesTheKernelsOwnJvmOptions() throws Exception {
        InstallOptions options = InstallOptions.parse(List.of("--prefix", "p", "--jvm-opt", "-XX:+UseSerialGC"));
        KernelSpec spec = KernelSpec.of(options, JAVA, JAR, 17);
        Path archive = Path.of("/p/share/jupyter/kernels/java/paramcount-kernel.jsa");
        assertEquals(List.of("/jdk/bin/java", "-Xmx3g", "-Dorg.bytedeco.javacpp.maxbytes=6g",
                "-Dorg.bytedeco.javacpp.maxphysicalbytes=9g", "-Djava.awt.headless=true", "-XX:+UseSerialGC",
                "-XX:ArchiveClassesAtExit=" + archive, "-jar", JAR.toString(), "--train"), spec.trainingCommand(archive));
        assertEquals(List.of("/jdk/bin/java", "-Xmx3g", "-Dorg.bytedeco.javacpp.maxbytes=6g",
                "-Dorg.bytedeco.javacpp.maxphysicalbytes=9g", "-Djava.awt.headless=true", "-XX:+UseSerialGC",
                "-XX:SharedArchiveFile=" + archive, "-jar", JAR.toString(), "{connection_file}"),
                spec.withClassDataArchive(archive).argv());
    }

    @Test
    void java18To23GetTheOptionThatAllowsTheExitGuardOthersDoNot() throws Exception {
        InstallOptions options = InstallOptions.parse(List.of("--prefix", "p"));
        for (int feature : new int[] {17, 18, 21, 23, 24, 25}) {
            boolean allowed = KernelSpec.of(options, JAVA, JAR, feature).argv().contains("-Djava.security.manager=allow");
            assertEquals(feature >= 18 && feature <= 23, allowed, "Java " + feature);
        }
        List<String> argv = KernelSpec.of(options, JAVA, JAR, 21).argv();
        assertTrue(argv.indexOf("-Djava.security.manager=allow") < argv.indexOf("-jar"), argv.toString());
    }

    @Test
    void noEnvironmentMeansNoEnvKey() throws Exception {
        String json = KernelSpec.of(InstallOptions.parse(List.of("--user")), JAVA, JAR, 17).toJson();
        assertTrue(!json.contains("\"env\""), json);
    }
}
