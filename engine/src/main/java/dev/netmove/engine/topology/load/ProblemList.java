package dev.netmove.engine.topology.load;

import dev.netmove.engine.topology.load.yaml.YamlNode;
import dev.netmove.engine.topology.load.yaml.YamlProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the problems of one file; the same problem reported twice is kept once. */
final class ProblemList {
    private final String file;
    private final Set<Problem> problems = new LinkedHashSet<>();

    ProblemList(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(YamlNode at, String path, String message) {
        problems.add(new Problem(file, at.line(), at.column(), path, message));
    }

    /** A problem the YAML reader found. */
    void add(YamlProblem problem) {
        problems.add(new Problem(file, problem.line(), problem.column(), problem.path(), problem.message()));
    }

    void addForFile(String path, String message) {
        problems.add(new Problem(file, 0, 0, path, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    /** The problems in file order (a stable sort keeps reporting order on one position). */
    List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(problems);
        list.sort(null);
        return list;
    }

    TopologyLoadException toException() {
        return new TopologyLoadException(file, sorted());
    }
}
