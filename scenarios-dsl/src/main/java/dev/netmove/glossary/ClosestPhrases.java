package dev.netmove.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The phrases of a step library closest to a step line that none of them matches, for the "did you mean" of an
 * undefined step.
 *
 * <p>Step line and phrase are compared word by word, values aside: a quoted name in the step stands for
 * {@code {string}}, a number for any number-taking parameter ({@code {int}}, {@code {duration}}, ...). The cost
 * is a word-level edit distance where a missing or extra word costs 1 and a word written differently costs its
 * share of letters changed, so {@code migrate} for {@code migrates} costs 1/8: a typo weighs less than a missing
 * word, and a phrase that merely shares many words ({@code VM {string} can migrate to every host of its cluster})
 * does not beat the one with the same words in the same order. ({@code ClosestNames.ranked} of the engine ranks
 * by shared words first, which suits names, not sentences.)
 */
public final class ClosestPhrases {

    /** How many phrases a hint lists at most. */
    public static final int MAX_SUGGESTIONS = 3;

    /** A phrase further than this beyond the closest one is not worth listing beside it. */
    private static final double MARGIN = 2.0;

    /** A phrase with more than this share of the step's words to change is no suggestion at all. */
    private static final double FARTHEST = 0.5;

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    // not the digits of a word such as layer-2
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w-])[-+]?\\d[\\d.,_]*(?:[eE][-+]?\\d+)?");
    private static final Pattern STRING_PARAMETER = Pattern.compile("\\{string}");
    private static final Pattern NUMBER_PARAMETER = Pattern.compile("\\{(?:int|number|duration|size|bandwidth|percent|float|double|long)}");
    private static final String STRING_WORD = "\u0001s";
    private static final String NUMBER_WORD = "\u0001n";

    private ClosestPhrases() {
    }

    /**
     * The phrases of {@code glossary} closest to {@code stepText} (the step line without its keyword), best first,
     * ties in glossary order: at most {@value #MAX_SUGGESTIONS}, never those much further than the best one, nor
     * those for which more than half the step's words would change; empty when no phrase is that close.
     */
    public static List<StepGlossary.Phrase> to(String stepText, StepGlossary glossary) {
        List<String> wanted = stepWords(stepText);
        record Scored(StepGlossary.Phrase phrase, double cost, int order) {
        }
        List<Scored> scored = new ArrayList<>();
        List<StepGlossary.Phrase> phrases = glossary.phrases();
        for (int i = 0; i < phrases.size(); i++) {
            scored.add(new Scored(phrases.get(i), cost(wanted, phraseWords(phrases.get(i).expression())), i));
        }
        scored.sort(Comparator.comparingDouble(Scored::cost).thenComparingInt(Scored::order));
        if (scored.isEmpty()) {
            return List.of();
        }
        double best = scored.get(0).cost();
        double farthest = FARTHEST * Math.max(1, wanted.size());
        return scored.stream()
                .filter(s -> s.cost() <= best + MARGIN && s.cost() <= farthest)
                .limit(MAX_SUGGESTIONS)
                .map(Scored::phrase)
                .toList();
    }

    /** The words of a step line, its quoted names and numbers replaced by the word their parameters stand for. */
    static List<String> stepWords(String stepText) {
        String text = QUOTED.matcher(stepText).replaceAll(" " + STRING_WORD + " ");
        text = NUMBER.matcher(text).replaceAll(" " + NUMBER_WORD + " ");
        return words(text);
    }

    /** The words of a phrase: its parameters as the words of {@link #stepWords}, optional text kept ({@code hop(s)}). */
    static List<String> phraseWords(String expression) {
        String text = STRING_PARAMETER.matcher(expression).replaceAll(" " + STRING_WORD + " ");
        text = NUMBER_PARAMETER.matcher(text).replaceAll(" " + NUMBER_WORD + " ");
        return words(text.replace("(", "").replace(")", ""));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[\\s:,;.!?]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Word-level edit distance; substituting a word costs the share of its letters that differ. */
    static double cost(List<String> a, List<String> b) {
        double[] previous = new double[b.size() + 1];
        double[] current = new double[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                double substitute = previous[j - 1] + wordCost(a.get(i - 1), b.get(j - 1));
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    private static double wordCost(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.startsWith("\u0001") || b.startsWith("\u0001")) {
            return 1; // a value where a word is written, or the other way round
        }
        return (double) letters(a, b) / Math.max(a.length(), b.length());
    }

    /** Levenshtein distance of two words. */
    private static int letters(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(previous[j - 1] + cost, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
