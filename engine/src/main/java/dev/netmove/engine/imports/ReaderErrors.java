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
}
