package dev.netmove.engine.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the known names closest to a name that was not found, for "did you mean" hints in error
 * messages (device, VM, link, key and unit names).
 *
 * <p>Names are compared on a normalised form (lower case, without {@code -}, {@code _}, {@code :} and
 * whitespace), so {@code agg1} finds {@code agg-1} and {@code Core_1} finds {@code core1}. The distance is
 * the optimal-string-alignment form of the Damerau-Levenshtein distance (insert, delete, substitute, swap two
 * neighbours). A name is close when its distance is at most a third of the wanted name's normalised length,
 * at most 3: short names only match on the normalised form or one edit, so {@code a} never suggests
 * {@code b}. Where some names equal the wanted one on the normalised form, only those are suggested.
 */
public final class ClosestNames {

    /** How many names a hint lists at most. */
    public static final int MAX_SUGGESTIONS = 3;

    private ClosestNames() {
    }

    /**
     * The known names closest to {@code wanted}, best first, ties in name order; at most
     * {@value #MAX_SUGGESTIONS}; empty when none is reasonably close.
     */
    public static List<String> closest(String wanted, Collection<String> known) {
        if (wanted == null || known == null || known.isEmpty()) {
            return List.of();
        }
        String target = normalise(wanted);
        int limit = maxDistance(target);
        record Candidate(String name, int distance) {
        }
        List<Candidate> candidates = new ArrayList<>();
        // TreeSet: duplicates in `known` count once, and names are visited in a stable order
        for (String name : new TreeSet<>(known)) {
            String normalised = normalise(name);
            if (Math.abs(normalised.length() - target.length()) > limit) {
                continue;
            }
            int distance = distance(target, normalised, limit);
            if (distance <= limit) {
                candidates.add(new Candidate(name, distance));
            }
        }
        // a name equal on the normalised form is the one meant: listing others would only be noise
        boolean exact = candidates.stream().anyMatch(candidate -> candidate.distance() == 0);
        return candidates.stream()
                .filter(candidate -> !exact || candidate.distance() == 0)
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
                .limit(MAX_SUGGESTIONS)
                .map(Candidate::name)
                .toList();
    }

    /**
     * A hint to append to an error message: {@code  (did you mean "agg-1"?)},
     * {@code  (did you mean "a" or "b"?)}, {@code  (did you mean "a", "b" or "c"?)}, or the empty string when
     * no known name is close. It starts with a space so that it can be appended as is.
     */
    public static String didYouMean(String wanted, Collection<String> known) {
        return didYouMean(closest(wanted, known));
    }

    /**
     * {@link #didYouMean(String, Collection)} when some name is close; otherwise the known names
     * themselves, closest first ({@link #ranked}), at most {@value #LISTED} of them:
     * {@code  (known: a, b, c and 12 more)}, or {@code  (there are none)}. For messages that must always help
     * the reader on.
     */
    public static String didYouMeanOrKnown(String wanted, Collection<String> known) {
        String hint = didYouMean(wanted, known);
        if (!hint.isEmpty()) {
            return hint;
        }
        if (known.isEmpty()) {
            return " (there are none)";
        }
        List<String> ranked = ranked(wanted, known);
        String listed = String.join(", ", ranked.subList(0, Math.min(LISTED, ranked.size())));
        int more = ranked.size() - LISTED;
        return " (known: " + listed + (more > 0 ? " and " + more + " more" : "") + ")";
    }

    private static final int LISTED = 8;

    /**
     * Every known name once, closest to {@code wanted} first, however far: first those sharing more of its words
     * (its runs of letters and digits that hold a letter, in any case, such as the device names {@code acc2} and
     * {@code agg2} of {@code acc2-agg2}; a port's bare numbers do not count), then those fewer edits
     * away on the normalised form, ties in name order. So a link named by its ends,
     * {@code acc2:Fo1/0/49--agg2:Fo1/0/1}, comes before the links of other devices for {@code acc2-agg2}.
     */
    public static List<String> ranked(String wanted, Collection<String> known) {
        if (known == null || known.isEmpty()) {
            return List.of();
        }
        String target = wanted == null ? "" : normalise(wanted);
        Set<String> words = wanted == null ? Set.of() : words(wanted);
        record Ranked(String name, int shared, int distance) {
        }
        List<Ranked> all = new ArrayList<>();
        for (String name : new TreeSet<>(known)) {
            Set<String> theirs = words(name);
            int shared = (int) words.stream().filter(theirs::contains).count();
            String normalised = normalise(name);
            int distance = distance(target, normalised, Math.max(target.length(), normalised.length()));
            all.add(new Ranked(name, shared, distance));
        }
        return all.stream()
                .sorted(Comparator.comparingInt(Ranked::shared).reversed()
                        .thenComparingInt(Ranked::distance)
                        .thenComparing(Ranked::name))
                .map(Ranked::name)
                .toList();
    }

    /** The words of a name, lower case: its runs of letters and digits that hold a letter. */
    static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        for (String part : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (part.chars().anyMatch(Character::isLetter)) {
                words.add(part);
            }
        }
        return words;
    }

    /** The hint of {@link #didYouMean(String, Collection)} for suggestions already chosen, best first. */
    public static String didYouMean(List<String> suggestions) {
        if (suggestions.isEmpty()) {
            return "";
        }
        StringBuilder hint = new StringBuilder(" (did you mean ");
        for (int i = 0; i < suggestions.size(); i++) {
            if (i > 0) {
                hint.append(i == suggestions.size() - 1 ? " or " : ", ");
            }
            hint.append('"').append(suggestions.get(i)).append('"');
        }
        return hint.append("?)").toString();
    }

    /** The form names are compared on: lower case, without {@code -}, {@code _}, {@code :} and whitespace. */
    static String normalise(String name) {
        StringBuilder normalised = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '-' && c != '_' && c != ':' && !Character.isWhitespace(c)) {
                normalised.append(c);
            }
        }
        return normalised.toString().toLowerCase(Locale.ROOT);
    }

    /** The largest distance still called close, for a normalised wanted name. */
    static int maxDistance(String normalisedWanted) {
        return Math.min(3, normalisedWanted.length() / 3);
    }

    /**
     * Optimal-string-alignment distance between {@code a} and {@code b}; any value above {@code limit} is
     * returned as {@code limit + 1}, which lets a row that is already too far stop the work early.
     */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[] beforePrevious = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMinimum = current[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    value = Math.min(value, beforePrevious[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.min(rowMinimum, value);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], limit + 1);
    }
}
