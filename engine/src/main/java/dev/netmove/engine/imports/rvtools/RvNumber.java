package dev.netmove.engine.imports.rvtools;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A whole number of an RVTools cell as RVTools and Excel write it: {@code 16384}, with the decimals of a number cell
 * ({@code 16384.00}) or with thousands separators once the workbook went through Excel ({@code 16,384},
 * {@code 1,048,576.00}; under a locale whose decimal mark is a comma {@code 16.384}, {@code 1.048.576,00}; spaces and
 * apostrophes between thousands too). Which of {@code .} and {@code ,} is the decimal mark is the sheet's: a comma
 * where its fields are separated by {@code ;} (the CSV of such a locale), else a point. Decimals are cut off.
 */
final class RvNumber {

    private static final Pattern POINT_DECIMAL_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern COMMA_DECIMAL_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern DECIMAL = Pattern.compile("\\d+([.,]\\d+)?");

    private RvNumber() {
    }

    /**
     * The whole part of {@code cell}, or null when it is no number.
     *
     * @param decimalMark {@code .} or {@code ,}: the sheet's decimal mark, which tells a thousands separator from it
     */
    static Long wholePart(String cell, char decimalMark) {
        String text = withoutSpaces(cell);
        if (text.isEmpty()) {
            return null;
        }
        if (isDigits(text)) {
            return Long.parseLong(text);
        }
        Pattern grouped = decimalMark == ',' ? COMMA_DECIMAL_GROUPED : POINT_DECIMAL_GROUPED;
        if (grouped.matcher(text).matches()) {
            char group = decimalMark == ',' ? '.' : ',';
            return new BigDecimal(text.replace(String.valueOf(group), "").replace(decimalMark, '.')).longValue();
        }
        if (DECIMAL.matcher(text).matches()) {
            // one mark and no group of three after it: a decimal mark whichever it is (4096,0 in a comma-separated file)
            return new BigDecimal(text.replace(',', '.')).longValue();
        }
        return null;
    }

    /** Without the spaces, no-break spaces and apostrophes some locales put between thousands. */
    private static String withoutSpaces(String cell) {
        StringBuilder b = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != ' ' && c != '\u00A0' && c != '\u202F' && c != '\'') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Up to 18 ASCII digits: a long without the patterns and BigDecimal a spreadsheet's separators need. */
    private static boolean isDigits(String text) {
        if (text.length() > 18) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
