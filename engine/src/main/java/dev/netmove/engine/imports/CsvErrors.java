package dev.netmove.engine.imports;

/**
 * What Commons CSV says about a file it cannot read, in the words a source's problem uses: the innermost
 * cause's message (never a Java class name), without the line count Commons CSV puts in front, which the
 * problem's own place already gives, and without its advice to programmers about {@code CSVFormat}.
 */
public final class CsvErrors {

    private CsvErrors() {
    }

    /** {@code Invalid character between encapsulated token and delimiter at line: 2, position: 337}. */
    public static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage())
                .replaceFirst("^\\((start)?line \\d+\\)\\s*", "")
                .replaceFirst("\\s*If this is valid then use CSVFormat\\.Builder\\.\\w+\\.?$", "");
    }
}
