package dev.paramcount.kernel.install;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Jupyter looks for kernelspecs, following jupyter_core's rules. */
public final class JupyterPaths {
    private JupyterPaths() {
    }

    /** {@code PREFIX/share/jupyter/kernels/NAME}, as {@code jupyter kernelspec install --prefix} uses. */
    public static Path prefixKernelDir(Path prefix, String name) {
        return prefix.resolve("share").resolve("jupyter").resolve("kernels").resolve(name);
    }

    /** The user's kernel directory, as {@code jupyter --data-dir} reports it, plus {@code kernels/NAME}. */
    public static Path userKernelDir(Map<String, String> env, String osName, Path home, String name) {
        return userDataDir(env, osName, home).resolve("kernels").resolve(name);
    }

    static Path userDataDir(Map<String, String> env, String osName, Path home) {
        String explicit = env.get("JUPYTER_DATA_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank()
                    ? Path.of(appData, "jupyter")
                    : home.resolve("AppData").resolve("Roaming").resolve("jupyter");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Jupyter");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "jupyter")
                : home.resolve(".local").resolve("share").resolve("jupyter");
    }
}
