package dev.netmove.engine.quantity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A set of VLAN IDs (1 to 4094): a trunk's allowed list, the VLANs of a switch, the VLANs a path carries.
 *
 * <p>Written as {@code 110}, {@code 100-110,120}, {@code all} (1-4094) or {@code none}; whitespace around
 * numbers, dashes and commas is ignored, and {@code all}/{@code none} may be written in any case.
 * {@link #toString()} is canonical: IDs in ascending order, runs of three or more as a range
 * ({@code 100-110,120,121}), {@code all} for every ID, {@code none} for no ID.
 *
 * <p>An immutable value (a final class rather than a record, so that its bit array stays private); equal
 * sets are {@link #equals(Object) equal}.
 */
public final class VlanSet {

    /** The lowest valid VLAN ID. */
    public static final int MIN_ID = 1;

    /** The highest valid VLAN ID (4095 is reserved). */
    public static final int MAX_ID = 4094;

    private static final int WORDS = (MAX_ID >> 6) + 1;

    /** No VLAN. */
    public static final VlanSet NONE = new VlanSet(new long[WORDS]);

    /** Every VLAN from 1 to 4094. */
    public static final VlanSet ALL = range(MIN_ID, MAX_ID);

    private static final String EXPECTED_LIST =
            "write VLAN IDs and ranges such as 110 or 100-110,120, or all, or none";

    // bit i of the array is VLAN i
    private final long[] bits;
    private final int size;
    // cached: links (and so graph edges) hash their ends' VLAN sets, 64 words each
    private final int hash;

    private VlanSet(long[] bits) {
        this.bits = bits;
        int count = 0;
        for (long word : bits) {
            count += Long.bitCount(word);
        }
        this.size = count;
        this.hash = Arrays.hashCode(bits);
    }

    /**
     * Reads a VLAN list: {@code 110}, {@code 100-110,120}, {@code all} or {@code none}.
     *
     * @throws QuantityFormatException for an empty list or entry, a word that is not a VLAN ID, an ID outside
     *                                 1-4094, a range written backwards, or {@code all}/{@code none} mixed with
     *                                 other entries
     */
    public static VlanSet parse(String text) {
        if (text == null || text.isBlank()) {
            throw new QuantityFormatException("an empty VLAN list", EXPECTED_LIST);
        }
        String list = text.strip();
        String lower = list.toLowerCase(Locale.ROOT);
        if (lower.equals("all")) {
            return ALL;
        }
        if (lower.equals("none")) {
            return NONE;
        }
        long[] bits = new long[WORDS];
        for (String rawEntry : list.split(",", -1)) {
            String entry = rawEntry.strip();
            if (entry.isEmpty()) {
                throw new QuantityFormatException("an empty entry in VLAN list \"" + list + "\"", EXPECTED_LIST);
            }
            String entryLower = entry.toLowerCase(Locale.ROOT);
            if (entryLower.equals("all") || entryLower.equals("none")) {
                throw new QuantityFormatException("\"" + entry + "\" mixed with other entries in \"" + list + "\"",
                        "write " + entryLower + " on its own, or list VLAN IDs and ranges such as 100-110,120");
            }
            int dash = entry.indexOf('-', 1);
            if (dash < 0) {
                set(bits, id(entry, list));
            } else {
                int from = id(entry.substring(0, dash).strip(), list);
                int to = id(entry.substring(dash + 1).strip(), list);
                if (from > to) {
                    throw new QuantityFormatException("VLAN range \"" + entry + "\" runs backwards",
                            "write the lower VLAN first, e.g. " + to + "-" + from);
                }
                for (int vlan = from; vlan <= to; vlan++) {
                    set(bits, vlan);
                }
            }
        }
        return new VlanSet(bits);
    }

    /** The set of these IDs. @throws QuantityFormatException for an ID outside 1-4094 */
    public static VlanSet of(int... ids) {
        long[] bits = new long[WORDS];
        for (int id : ids) {
            checkId(id);
            set(bits, id);
        }
        return new VlanSet(bits);
    }

    /** The set of these IDs (a YAML list of numbers). @throws QuantityFormatException for an ID outside 1-4094 */
    public static VlanSet of(Collection<Integer> ids) {
        long[] bits = new long[WORDS];
        for (Integer id : ids) {
            if (id == null) {
                throw new QuantityFormatException("an empty entry in a VLAN list", EXPECTED_LIST);
            }
            checkId(id);
            set(bits, id);
        }
        return new VlanSet(bits);
    }

    /** Every ID from {@code from} to {@code to}, both included. @throws QuantityFormatException as {@link #of(int...)} */
    public static VlanSet range(int from, int to) {
        checkId(from);
        checkId(to);
        long[] bits = new long[WORDS];
        for (int vlan = from; vlan <= to; vlan++) {
            set(bits, vlan);
        }
        return new VlanSet(bits);
    }

    /** @throws QuantityFormatException when {@code id} is not a VLAN ID (1 to 4094) */
    public static void checkId(int id) {
        checkId((long) id);
    }

    private static void checkId(long id) {
        if (id < MIN_ID || id > MAX_ID) {
            throw new QuantityFormatException("VLAN " + id + " is out of range", "VLAN IDs run from 1 to 4094");
        }
    }

    public boolean contains(int id) {
        return id >= MIN_ID && id <= MAX_ID && (bits[id >> 6] & (1L << id)) != 0;
    }

    /** The VLANs in both sets. */
    public VlanSet intersect(VlanSet other) {
        long[] result = new long[WORDS];
        for (int i = 0; i < WORDS; i++) {
            result[i] = bits[i] & other.bits[i];
        }
        return new VlanSet(result);
    }

    /** The VLANs in either set. */
    public VlanSet union(VlanSet other) {
        long[] result = new long[WORDS];
        for (int i = 0; i < WORDS; i++) {
            result[i] = bits[i] | other.bits[i];
        }
        return new VlanSet(result);
    }

    /** The VLANs of this set that are not in {@code other}. */
    public VlanSet minus(VlanSet other) {
        long[] result = new long[WORDS];
        for (int i = 0; i < WORDS; i++) {
            result[i] = bits[i] & ~other.bits[i];
        }
        return new VlanSet(result);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** The IDs in ascending order. */
    public IntStream stream() {
        return IntStream.iterate(nextFrom(MIN_ID), id -> id > 0, id -> nextFrom(id + 1));
    }

    /** The IDs in ascending order. */
    public List<Integer> toList() {
        List<Integer> ids = new ArrayList<>(size);
        stream().forEach(ids::add);
        return List.copyOf(ids);
    }

    /** The canonical text, which {@link #parse(String)} reads back to the same set; see the class comment. */
    @Override
    public String toString() {
        if (size == 0) {
            return "none";
        }
        if (size == MAX_ID) {
            return "all";
        }
        StringBuilder text = new StringBuilder();
        int start = nextFrom(MIN_ID);
        while (start > 0) {
            int end = start;
            while (end < MAX_ID && contains(end + 1)) {
                end++;
            }
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(start);
            if (end - start >= 2) {
                text.append('-').append(end);
            } else if (end > start) {
                text.append(',').append(end);
            }
            start = end < MAX_ID ? nextFrom(end + 1) : -1;
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VlanSet set && Arrays.equals(bits, set.bits);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The lowest ID at or above {@code from}, or -1. */
    private int nextFrom(int from) {
        if (from > MAX_ID) {
            return -1;
        }
        int word = from >> 6;
        long current = bits[word] & (-1L << from);
        while (true) {
            if (current != 0) {
                int id = (word << 6) + Long.numberOfTrailingZeros(current);
                return id <= MAX_ID ? id : -1;
            }
            if (++word == WORDS) {
                return -1;
            }
            current = bits[word];
        }
    }

    private static void set(long[] bits, int id) {
        bits[id >> 6] |= 1L << id;
    }

    /** One VLAN ID of a list, checked. */
    private static int id(String text, String list) {
        if (text.isEmpty()) {
            throw new QuantityFormatException("an incomplete range in VLAN list \"" + list + "\"",
                    "write a range as two VLAN IDs joined by a dash, e.g. 100-110");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                String hint = "";
                if (text.equalsIgnoreCase("al") || text.equalsIgnoreCase("any")) {
                    hint = " (did you mean \"all\"?)";
                }
                throw new QuantityFormatException("\"" + text + "\" is not a VLAN ID", EXPECTED_LIST + hint);
            }
        }
        // more than 9 digits cannot be an ID; report it as out of range without overflowing an int
        long id = text.length() > 9 ? Long.MAX_VALUE : Long.parseLong(text);
        if (id == Long.MAX_VALUE) {
            throw new QuantityFormatException("VLAN " + text + " is out of range", "VLAN IDs run from 1 to 4094");
        }
        checkId(id);
        return (int) id;
    }
}
