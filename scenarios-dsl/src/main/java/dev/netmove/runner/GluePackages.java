package dev.netmove.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the packages of a project's own step classes in a compiled-classes folder, so that a project
 * needs no glue setting for steps of its own, and reduces package lists to their roots.
 */
public final class GluePackages {

    // Any class that names a Cucumber type (an annotation such as io/cucumber/java/en/Given, a
    // hook, a parameter type, DataTable) carries that name in its constant pool.
    private static final byte[] CUCUMBER_MARKER = "io/cucumber/".getBytes(StandardCharsets.ISO_8859_1);

    private GluePackages() {
    }

    /**
     * The root packages of the classes under {@code classesFolder} that refer to Cucumber: sorted, none
     * nested in another. Empty when the folder does not exist. Classes in the unnamed package are left
     * out (Cucumber cannot scan it); {@link #stepClassesInUnnamedPackage(Path)} lists them.
     */
    public static List<String> findStepPackages(Path classesFolder) {
        List<String> packages = new ArrayList<>();
        for (Path file : stepClasses(classesFolder)) {
            Path relative = classesFolder.relativize(file);
            if (relative.getParent() != null) {
                packages.add(relative.getParent().toString().replace(relative.getFileSystem().getSeparator(), "."));
            }
        }
        return roots(packages);
    }

    /** Step classes in the unnamed package (no {@code package} line), which Cucumber cannot load as glue. */
    public static List<String> stepClassesInUnnamedPackage(Path classesFolder) {
        return stepClasses(classesFolder).stream()
                .filter(file -> classesFolder.relativize(file).getParent() == null)
                .map(file -> file.getFileName().toString())
                .sorted()
                .toList();
    }

    /**
     * The packages that are not inside another package of the list, in the order first given, without
     * duplicates: {@code [a.b, a, c, a.b.c]} gives {@code [a, c]}.
     */
    public static List<String> roots(Collection<String> packages) {
        List<String> roots = new ArrayList<>();
        for (String candidate : packages) {
            boolean covered = packages.stream().anyMatch(other -> candidate.startsWith(other + "."));
            if (!covered && !roots.contains(candidate)) {
                roots.add(candidate);
            }
        }
        return List.copyOf(roots);
    }

    private static List<Path> stepClasses(Path classesFolder) {
        if (classesFolder == null || !Files.isDirectory(classesFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(classesFolder)) {
            TreeSet<Path> found = new TreeSet<>();
            files.filter(file -> file.getFileName().toString().endsWith(".class"))
                    .filter(file -> !file.getFileName().toString().equals("module-info.class"))
                    .filter(GluePackages::refersToCucumber)
                    .forEach(found::add);
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + classesFolder, e);
        }
    }

    private static boolean refersToCucumber(Path classFile) {
        try {
            return indexOf(Files.readAllBytes(classFile), CUCUMBER_MARKER) >= 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classFile, e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
