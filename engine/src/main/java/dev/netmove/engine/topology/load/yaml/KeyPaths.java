package dev.netmove.engine.topology.load.yaml;

/** Key paths as messages show them: {@code devices.agg1.svis.110}, {@code links[3].between[0]}. */
public final class KeyPaths {

    private KeyPaths() {
    }

    /** {@code parent.key}, or {@code key} at the top. */
    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** {@code parent[index]}. */
    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
