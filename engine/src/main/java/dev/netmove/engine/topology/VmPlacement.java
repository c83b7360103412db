package dev.netmove.engine.topology;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The VMs of a topology after some of them changed (moved to another host, another dirty rate): the VMs as loaded,
 * in file order, with the changed ones in their place. A move is then a change of the few VMs that moved, not a
 * copy of every VM of a large data center. Unmodifiable; equal to any map with the same entries.
 */
final class VmPlacement extends AbstractMap<String, Vm> {

    private final Map<String, Vm> loaded;
    private final Map<String, Vm> changed;

    private VmPlacement(Map<String, Vm> loaded, Map<String, Vm> changed) {
        this.loaded = loaded;
        this.changed = changed;
    }

    /** {@code vms} with each VM of {@code replaced} (VMs of the same names) in its place. */
    static Map<String, Vm> with(Map<String, Vm> vms, Map<String, Vm> replaced) {
        Map<String, Vm> loaded = vms instanceof VmPlacement placement ? placement.loaded : vms;
        Map<String, Vm> changed = new HashMap<>(vms instanceof VmPlacement placement ? placement.changed : Map.of());
        changed.putAll(replaced);
        return new VmPlacement(loaded, changed);
    }

    @Override
    public Vm get(Object name) {
        Vm vm = changed.get(name);
        return vm != null ? vm : loaded.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return loaded.containsKey(name);
    }

    @Override
    public int size() {
        return loaded.size();
    }

    @Override
    public Set<Entry<String, Vm>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Vm>> iterator() {
                Iterator<Entry<String, Vm>> in = loaded.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return in.hasNext();
                    }

                    @Override
                    public Entry<String, Vm> next() {
                        Entry<String, Vm> entry = in.next();
                        Vm vm = changed.get(entry.getKey());
                        return vm == null ? entry : new SimpleImmutableEntry<>(entry.getKey(), vm);
                    }
                };
            }

            @Override
            public int size() {
                return loaded.size();
            }
        };
    }
}
