package dev.netmove.engine.imports;

/**
 * Two layers of an import that say different things about one fact: not an error, the later one
 * wins, and the import report lists both values with both origins.
 *
 * @param path the key path of the fact ({@code links[agg1:Eth1/49--core1:Eth1/1].speed})
 * @param before the value the earlier layer gave, as written
 * @param beforeOrigin where the earlier value came from
 * @param after the value that won
 * @param afterOrigin where the winning value came from
 */
public record Disagreement(String path, String before, Origin beforeOrigin, String after, Origin afterOrigin) {

    @Override
    public String toString() {
        return path + ": " + before + " (" + beforeOrigin + ") -> " + after + " (" + afterOrigin + ")";
    }
}
