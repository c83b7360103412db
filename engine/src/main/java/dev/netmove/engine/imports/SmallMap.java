package dev.netmove.engine.imports;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A map in insertion order for the many small objects of an import (a VM's half-dozen facts, a NetBox
 * object's kept fields): up to {@value #LIMIT} entries in two arrays searched in turn, which is as fast
 * as hashing at that size and holds no entry objects; past that, a {@link LinkedHashMap}. An import of
 * a large data center holds a million such maps' entries while it merges, so this is what decides how
 * much the garbage collector copies. Behaves as a {@link LinkedHashMap}: null values, iteration with
 * {@code remove} and {@code setValue}, a changed value keeps its place.
 *
 * @param <V> the values
 */
public final class SmallMap<V> extends AbstractMap<String, V> {

    private static final int LIMIT = 16;

    private String[] keys = new String[4];
    private Object[] values = new Object[4];
    private int size;
    /** Non-null once the map outgrew the arrays (which are dropped then). */
    private LinkedHashMap<String, V> large;

    @Override
    public int size() {
        return large != null ? large.size() : size;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < size; i++) {
            if (Objects.equals(keys[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean containsKey(Object key) {
        return large != null ? large.containsKey(key) : indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        if (large != null) {
            return large.get(key);
        }
        int i = indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(String key, V value) {
        if (large != null) {
            return large.put(key, value);
        }
        int i = indexOf(key);
        if (i >= 0) {
            V old = (V) values[i];
            values[i] = value;
            return old;
        }
        if (size == LIMIT) {
            large = new LinkedHashMap<>(LIMIT * 4);
            for (int k = 0; k < size; k++) {
                large.put(keys[k], (V) values[k]);
            }
            keys = null;
            values = null;
            size = 0;
            return large.put(key, value);
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size++] = value;
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        if (large != null) {
            return large.remove(key);
        }
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        V old = (V) values[i];
        removeAt(i);
        return old;
    }

    private void removeAt(int i) {
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        keys[size] = null;
        values[size] = null;
    }

    @Override
    public void clear() {
        if (large != null) {
            large.clear();
            return;
        }
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return large != null ? large.entrySet() : new ArrayEntries();
    }

    /** The entries of the arrays, in order. */
    private final class ArrayEntries extends AbstractSet<Entry<String, V>> {
        @Override
        public int size() {
            return SmallMap.this.size();
        }

        @Override
        public Iterator<Entry<String, V>> iterator() {
            if (large != null) {
                return large.entrySet().iterator();
            }
            return new Iterator<>() {
                private int next;
                private int last = -1;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                @SuppressWarnings("unchecked")
                public Entry<String, V> next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    last = next++;
                    int at = last;
                    return new SimpleEntry<>(keys[at], (V) values[at]) {
                        private static final long serialVersionUID = 1L;

                        @Override
                        public V setValue(V value) {
                            values[at] = value;
                            return super.setValue(value);
                        }
                    };
                }

                @Override
                public void remove() {
                    if (last < 0) {
                        throw new IllegalStateException();
                    }
                    removeAt(last);
                    next = last;
                    last = -1;
                }
            };
        }
    }
}
