package dev.netmove.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The top-level classes of one package (not its sub-packages), from folders and jars on a class path. */
final class PackageClasses {

    private PackageClasses() {
    }

    static List<Class<?>> in(String packageName, ClassLoader loader) {
        String folder = packageName.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> places = loader.getResources(folder);
            while (places.hasMoreElements()) {
                URL place = places.nextElement();
                if ("file".equals(place.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(place.toURI()))) {
                        files.map(f -> f.getFileName().toString()).filter(PackageClasses::isTopLevelClass)
                                .forEach(f -> names.add(packageName + "." + f.substring(0, f.length() - 6)));
                    }
                } else if ("jar".equals(place.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) place.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                            String name = entry.getName();
                            if (name.startsWith(folder + "/") && name.indexOf('/', folder.length() + 1) < 0
                                    && isTopLevelClass(name.substring(folder.length() + 1))) {
                                names.add(name.substring(0, name.length() - 6).replace('/', '.'));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes of " + packageName, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the classes of " + packageName, e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name + " to read its steps", e);
            }
        }
        return classes;
    }

    private static boolean isTopLevelClass(String fileName) {
        return fileName.endsWith(".class") && !fileName.contains("$") && !fileName.equals("package-info.class");
    }
}
