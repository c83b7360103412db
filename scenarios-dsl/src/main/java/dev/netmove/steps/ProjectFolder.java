package dev.netmove.steps;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The project base folder that steps resolve relative files against ({@code Given the topology "dc1.yaml"}).
 *
 * <p>A static holder on purpose: the Maven goal runs each execution in a class loader of its own, so
 * one value per loader is one value per build execution. Runs that share a class loader share it.
 */
public final class ProjectFolder {

    /** The system property naming the folder when none is set (listed with the others in the runner's properties). */
    public static final String BASEDIR_PROPERTY = "netmove.basedir";

    private static volatile Path explicit;

    private ProjectFolder() {
    }

    /**
     * The folder set by {@link #set(Path)}; else the {@code netmove.basedir} system property; else
     * {@code basedir} (Surefire sets it); else the working directory. Always absolute and normalized.
     */
    public static Path get() {
        Path folder = explicit;
        if (folder != null) {
            return folder;
        }
        for (String property : new String[] {BASEDIR_PROPERTY, "basedir", "user.dir"}) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                return Path.of(value).toAbsolutePath().normalize();
            }
        }
        return Path.of("").toAbsolutePath();
    }

    /**
     * {@code path} as messages and reports show it: relative to {@code base} with {@code /} separators when it is
     * inside it, else absolute.
     */
    public static String shown(Path base, Path path) {
        return path.startsWith(base) ? base.relativize(path).toString().replace(File.separatorChar, '/')
                : path.toString();
    }

    /** {@code paths} as {@link #shown(Path, Path)} shows each, separated by commas. */
    public static String shown(Path base, List<Path> paths) {
        return paths.stream().map(path -> shown(base, path)).collect(Collectors.joining(", "));
    }

    /** Sets the folder for this class loader; {@code null} goes back to the system-property defaults. */
    public static void set(Path folder) {
        explicit = folder == null ? null : folder.toAbsolutePath().normalize();
    }
}
