package dev.netmove.engine.topology.load.yaml;

import org.yaml.snakeyaml.error.Mark;

/**
 * Why a text is not a YAML document the loader reads: where (1-based line and column, 0 and 0 for
 * the whole file), the key path when known, and the message (found ...; expected ...).
 */
public record YamlProblem(int line, int column, String path, String message) {

    static YamlProblem at(Mark mark, String path, String message) {
        return mark == null ? ofFile(path, message) : new YamlProblem(mark.getLine() + 1, mark.getColumn() + 1, path, message);
    }

    static YamlProblem ofFile(String path, String message) {
        return new YamlProblem(0, 0, path, message);
    }
}
