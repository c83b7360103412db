package dev.netmove.engine.imports;

/**
 * What a parsing library (Commons CSV, fastexcel and its XML parser) says about a file it cannot read, in the
 * words a source's problem uses: the innermost cause's message, never a Java class name; without the line count
 * Commons CSV puts in front (the problem's own place gives it), its advice to programmers about {@code CSVFormat},
 * or the XML parser's place inside the workbook's zipped parts after the first line.
 */
public final class ReaderErrors {

    private ReaderErrors() {
    }

    /** {@code Invalid character between encapsulated token and delimiter at line: 2, position: 337}. */
    public static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = String.valueOf(t.getMessage()).strip();
        int lineBreak = message.indexOf('\n');
        if (lineBreak > 0) {
            message = message.substring(0, lineBreak).strip();
        }
        return message.replaceFirst("^\\((start)?line \\d+\\)\\s*", "")
                .replaceFirst("\\s*If this is valid then use CSVFormat\\.Builder\\.\\w+\\.?$", "");
    }

    /** Commons CSV's {@code (startline 5) EOF reached before encapsulated token finished}: a quote never closed. */
    private static final java.util.regex.Pattern UNCLOSED = java.util.regex.Pattern.compile(
            "^\\(startline ([\\d,.]+)\\) EOF reached before encapsulated token finished");

    /**
     * The line (from 1) where a quoted field opened that the file never closes, when {@code e} is Commons CSV's
     * error for it; empty otherwise.
     */
    public static java.util.OptionalInt unclosedQuote(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        java.util.regex.Matcher m = UNCLOSED.matcher(String.valueOf(t.getMessage()).strip());
        if (!m.find()) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(Integer.parseInt(m.group(1).replaceAll("[,.]", "")));
    }

    /** What a quote never closed is, in a source's words. */
    public static String unclosedQuoteText(int line) {
        return "a quoted field opens on line " + line + " and its closing quote (\") is missing, so the rest of the"
                + " file would be read into that field";
    }

    /** How to fix {@link #unclosedQuoteText}. */
    public static final String UNCLOSED_FIX = "the quote closed, and a quote inside a quoted field written twice (\"\")";
}
