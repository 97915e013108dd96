package dev.paramcount.kernel.magic;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Expands the simple globs IJava's {@code %jars} and {@code %classpath} accept: {@code *} and
 * {@code ?} within one path segment, {@code **} across segments, {@code [abc]} and
 * {@code {a,b}}. Paths use {@code /} on every OS; relative ones start at a base directory (the
 * kernel's working directory, which Jupyter sets to the notebook's folder).
 */
public final class Globs {
    private static final String GLOB_CHARS = "*?[{";

    private Globs() {
    }

    /** The existing paths {@code pattern} matches, sorted; empty when nothing matches. */
    public static List<Path> expand(Path base, String pattern) throws IOException {
        String normalized = pattern.replace('\\', '/');
        if (!isGlob(normalized)) {
            Path path = base.resolve(normalized).normalize();
            return Files.exists(path) ? List.of(path) : List.of();
        }
        // The part before the first glob segment is a plain directory to start the walk from.
        String[] segments = normalized.split("/", -1);
        int firstGlob = 0;
        while (!isGlob(segments[firstGlob])) {
            firstGlob++;
        }
        String fixed = String.join("/", List.of(segments).subList(0, firstGlob));
        String rest = String.join("/", List.of(segments).subList(firstGlob, segments.length));
        Path root = fixed.isEmpty() && normalized.startsWith("/") ? Path.of("/") : base.resolve(fixed).normalize();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        int depth = rest.contains("**") ? Integer.MAX_VALUE : segments.length - firstGlob;
        try (Stream<Path> walk = Files.walk(root, depth)) {
            return walk.filter(p -> !p.equals(root))
                    .filter(p -> matcher.matches(root.relativize(p)))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    static boolean isGlob(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (GLOB_CHARS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
