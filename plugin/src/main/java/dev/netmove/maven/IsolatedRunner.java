package dev.netmove.maven;

import dev.netmove.runner.GoalOutcome;
import dev.netmove.runner.MavenBridge;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Calls netmove's plain-Java entry point ({@code MavenBridge}) in a class
 * loader of their own: the plugin's run-time artifacts first, then any extra class-path entries
 * (a project's test classes), over the platform class loader so that none of Maven's own
 * libraries leak in. Requests and answers cross the boundary as JDK types only.
 */
final class IsolatedRunner {

    private static final String OWN_GROUP_ID = "dev.netmove";
    private static final String OWN_ARTIFACT_ID = "netmove-maven-plugin";

    private final String loaderName;
    private final URL[] classPath;
    private final String work;
    private final String runner;

    /**
     * @param loaderName names the class loader (seen in thread dumps)
     * @param classPath  see {@link #classPath(List, List)}
     * @param work       what runs, for messages: {@code the scenarios}, {@code the topology check}
     * @param runner     what is started, for messages: {@code the scenario runner}
     */
    IsolatedRunner(String loaderName, URL[] classPath, String work, String runner) {
        this.loaderName = loaderName;
        this.classPath = classPath.clone();
        this.work = work;
        this.runner = runner;
    }

    /** The plugin's run-time artifacts (the plugin itself left out), then {@code extraEntries}, each once. */
    static URL[] classPath(List<Artifact> pluginArtifacts, List<String> extraEntries) throws MojoExecutionException {
        Set<Path> entries = new LinkedHashSet<>();
        for (Artifact artifact : pluginArtifacts) {
            boolean self = OWN_GROUP_ID.equals(artifact.getGroupId()) && OWN_ARTIFACT_ID.equals(artifact.getArtifactId());
            if (!self && artifact.getFile() != null) {
                entries.add(artifact.getFile().toPath().toAbsolutePath());
            }
        }
        for (String element : extraEntries) {
            entries.add(Path.of(element).toAbsolutePath());
        }
        List<URL> urls = new ArrayList<>();
        for (Path entry : entries) {
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new MojoExecutionException("netmove: cannot use class path entry " + entry, e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    /**
     * Runs the goal {@code goal} ({@code verify}, {@code check}) of {@code MavenBridge} in isolation, its lines
     * going to {@code log}, and turns its outcome into the build's: a failure fails the build, an error says that
     * the goal could not run.
     */
    @SuppressWarnings("unchecked")
    void runGoal(String goal, Map<String, Object> settings, Log log) throws MojoExecutionException, MojoFailureException {
        BiConsumer<String, String> lines = (level, line) -> {
            switch (level) {
                case MavenBridge.WARN -> log.warn(line);
                case MavenBridge.DEBUG -> log.debug(line);
                default -> log.info(line);
            }
        };
        Map<String, Object> outcome = (Map<String, Object>) call(MavenBridge.class.getName(), goal,
                new Class<?>[] {Map.class, BiConsumer.class}, settings, lines);
        String message = String.valueOf(outcome.get(MavenBridge.MESSAGE));
        switch (GoalOutcome.Kind.valueOf(String.valueOf(outcome.get(MavenBridge.OUTCOME)))) {
            case FAILURE -> throw new MojoFailureException(message);
            case ERROR -> throw new MojoExecutionException(message);
            case DONE -> {
            }
        }
    }

    /**
     * Calls the public static method {@code className.methodName} with {@code arguments} (of the
     * given parameter types, all loaded by the platform) inside a fresh class loader, with that
     * loader as the thread's context class loader, and returns its answer. The loader is closed
     * afterwards, so each call starts clean.
     */
    Object call(String className, String methodName, Class<?>[] parameterTypes, Object... arguments)
            throws MojoExecutionException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(loaderName, classPath, ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader);
            Method method = loader.loadClass(className).getMethod(methodName, parameterTypes);
            return method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof OutOfMemoryError oom) {
                throw OutOfMemory.of(work, oom);
            }
            throw new MojoExecutionException("netmove: " + work + " could not run: " + cause, cause);
        } catch (ReflectiveOperationException | IOException e) {
            throw new MojoExecutionException("netmove: cannot start " + runner + ": " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
