package dev.paramcount.kernel.install;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JupyterPathsTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void aPrefixInstallGoesUnderShareJupyterKernels() {
        assertEquals(Path.of(".venv/share/jupyter/kernels/java"), JupyterPaths.prefixKernelDir(Path.of(".venv"), "java"));
    }

    @Test
    void theUserDirectoryFollowsJupyterCore() {
        assertEquals(Path.of("/home/ada/.local/share/jupyter/kernels/java"),
                JupyterPaths.userKernelDir(Map.of(), "Linux", HOME, "java"));
        assertEquals(Path.of("/xdg/jupyter/kernels/java"),
                JupyterPaths.userKernelDir(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME, "java"));
        assertEquals(Path.of("/home/ada/Library/Jupyter/kernels/java"),
                JupyterPaths.userKernelDir(Map.of(), "Mac OS X", HOME, "java"));
        assertEquals(Path.of("/data/kernels/java"),
                JupyterPaths.userKernelDir(Map.of("JUPYTER_DATA_DIR", "/data", "XDG_DATA_HOME", "/xdg"), "Linux", HOME, "java"));
    }
}
