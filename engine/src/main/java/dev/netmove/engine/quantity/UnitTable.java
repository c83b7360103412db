package dev.netmove.engine.quantity;

import dev.netmove.engine.names.ClosestNames;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The units of one kind of quantity and the one place where such a quantity is read from text and
 * written back: a number (digits, an optional decimal point), optional whitespace, a unit written in the
 * exact case of the table.
 *
 * <p>Reading is exact: the number is read as a {@link BigDecimal}, multiplied by the unit's factor and
 * rounded down to a whole base unit (bit per second, byte, nanosecond, part per million). Writing picks
 * the largest printable unit in which the value is at least 1 and exact with at most 3 decimals, so that
 * reading the written text gives back the same value.
 */
final class UnitTable {

    /** A unit: its symbol as written and how many base units it stands for. */
    record Unit(String symbol, long factor) {
    }

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final String kind;
    private final String example;
    private final Map<String, Unit> bySymbol;
    private final List<String> acceptedNames;
    private final List<Unit> printableLargestFirst;
    private final Unit smallestPrintable;
    private final String zero;
    private final Function<String, List<String>> nearMisses;
    private final String expected;
    private final Unit largest;

    /**
     * @param kind        how the kind reads in a sentence, e.g. "a bandwidth"
     * @param example     a value as a user would write it, e.g. "10Gbps"
     * @param accepted    every accepted unit, in the order the message lists them
     * @param acceptedText how the accepted units are listed in messages
     * @param printable   the symbols writing may use
     * @param zero        how zero is written
     * @param nearMisses  suggestions for a unit that is not in the table but a known mistake (wrong case of
     *                    bits and bytes, a missing "/s", ...); empty when it is not
     */
    UnitTable(String kind, String example, List<Unit> accepted, String acceptedText, List<String> printable,
            String zero, Function<String, List<String>> nearMisses) {
        this.kind = kind;
        this.example = example;
        Map<String, Unit> units = new LinkedHashMap<>();
        for (Unit unit : accepted) {
            units.put(unit.symbol(), unit);
        }
        this.bySymbol = Map.copyOf(units);
        this.acceptedNames = List.copyOf(units.keySet());
        List<Unit> printing = new ArrayList<>();
        for (String symbol : printable) {
            printing.add(units.get(symbol));
        }
        printing.sort(Comparator.comparingLong(Unit::factor).reversed());
        this.printableLargestFirst = List.copyOf(printing);
        this.smallestPrintable = printing.get(printing.size() - 1);
        this.largest = printing.get(0);
        this.zero = zero;
        this.nearMisses = nearMisses;
        this.expected = "write " + kind + " with its unit, e.g. " + example + "; accepted units: " + acceptedText;
    }

    /** The standard "expected" text: how to write a value of this kind and the accepted units. */
    String expected() {
        return expected;
    }

    /** The amount in base units that {@code text} stands for, rounded down. */
    long parse(String text) {
        if (text == null || text.isBlank()) {
            throw new QuantityFormatException("an empty value", expected);
        }
        String value = text.strip();
        if (value.charAt(0) == '-') {
            throw new QuantityFormatException(quote(value) + " is negative",
                    "write " + kind + " of zero or more, e.g. " + example);
        }
        int end = 0;
        while (end < value.length() && isNumberChar(value.charAt(end))) {
            end++;
        }
        String number = value.substring(0, end);
        if (number.isEmpty()) {
            throw new QuantityFormatException(quote(value) + " does not start with a number", expected);
        }
        if (!isDecimal(number)) {
            throw new QuantityFormatException(quote(value) + " has a malformed number " + quote(number),
                    "write digits with an optional decimal point, e.g. " + example);
        }
        int exponent = exponentEnd(value, end);
        if (exponent > end) {
            throw scientific(value, value.substring(0, exponent), bySymbol.get(value.substring(exponent).strip()));
        }
        String symbol = value.substring(end).strip();
        if (symbol.isEmpty()) {
            throw new QuantityFormatException(quote(value) + " has no unit", expected);
        }
        Unit unit = bySymbol.get(symbol);
        if (unit == null) {
            throw new QuantityFormatException("unknown unit " + quote(symbol) + " in " + quote(value),
                    expected + ClosestNames.didYouMean(suggestions(symbol)));
        }
        if (number.length() <= 18 && number.indexOf('.') < 0) {
            // the usual whole number ("16GiB", "40%"): exact in long arithmetic unless the product overflows
            long whole = Long.parseLong(number);
            long high = Math.multiplyHigh(whole, unit.factor());
            long product = whole * unit.factor();
            if (high == 0 && product >= 0) {
                return product;
            }
        }
        BigInteger amount = new BigDecimal(number).multiply(BigDecimal.valueOf(unit.factor()))
                .setScale(0, RoundingMode.DOWN).unscaledValue();
        if (amount.compareTo(LONG_MAX) > 0) {
            throw new QuantityFormatException(quote(value) + " is too large",
                    "write " + kind + " of at most " + (Long.MAX_VALUE / largest.factor()) + largest.symbol());
        }
        return amount.longValueExact();
    }

    /** Where an exponent ({@code e30}, {@code E-3}, {@code e+6}) that follows the number at {@code end} ends; {@code end} if none. */
    private static int exponentEnd(String value, int end) {
        int at = end;
        if (at >= value.length() || (value.charAt(at) != 'e' && value.charAt(at) != 'E')) {
            return end;
        }
        at++;
        if (at < value.length() && (value.charAt(at) == '+' || value.charAt(at) == '-')) {
            at++;
        }
        int digits = at;
        while (at < value.length() && value.charAt(at) >= '0' && value.charAt(at) <= '9') {
            at++;
        }
        return at > digits ? at : end;
    }

    /**
     * A number in scientific notation is refused: as too large when it is (with a unit of the table), else because
     * quantities are written in plain digits.
     */
    private QuantityFormatException scientific(String value, String number, Unit unit) {
        boolean tooLarge;
        try {
            BigDecimal amount = new BigDecimal(number);
            tooLarge = unit != null && amount.multiply(BigDecimal.valueOf(unit.factor()))
                    .compareTo(new BigDecimal(LONG_MAX)) > 0;
        } catch (NumberFormatException e) {
            // an exponent beyond what BigDecimal holds: far too large, or far too small
            tooLarge = number.indexOf('-') < 0;
        }
        if (tooLarge) {
            return new QuantityFormatException(quote(value) + " is too large",
                    "write " + kind + " of at most " + (Long.MAX_VALUE / largest.factor()) + largest.symbol());
        }
        return new QuantityFormatException(quote(value) + " writes its number " + quote(number)
                + " in scientific notation", unit == null ? "write plain digits with an optional decimal point; " + expected
                : "write plain digits with an optional decimal point, e.g. " + example);
    }

    /** The canonical text of an amount of base units; see the class comment. */
    String format(long amount) {
        if (amount == 0) {
            return zero;
        }
        for (Unit unit : printableLargestFirst) {
            long factor = unit.factor();
            if (amount < factor) {
                continue;
            }
            long whole = amount / factor;
            long rest = amount % factor;
            if (rest == 0) {
                return whole + unit.symbol();
            }
            // rest < factor <= 3.6e12 (an hour in ns), so rest * 1000 cannot overflow
            long thousandths = rest * 1000;
            if (thousandths % factor == 0) {
                return whole + "." + stripZeros(thousandths / factor, 3) + unit.symbol();
            }
        }
        // only reached where the smallest printable unit is more than one base unit (a percent is 10,000 ppm)
        return BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(smallestPrintable.factor()))
                .stripTrailingZeros().toPlainString() + smallestPrintable.symbol();
    }

    private List<String> suggestions(String symbol) {
        List<String> known = new ArrayList<>();
        for (String suggestion : nearMisses.apply(symbol)) {
            if (bySymbol.containsKey(suggestion) && !known.contains(suggestion)) {
                known.add(suggestion);
            }
        }
        return known.isEmpty() ? ClosestNames.closest(symbol, acceptedNames) : known;
    }

    /** Digits of a fraction of {@code places} decimals, without trailing zeros: 500 of 3 gives "5". */
    private static String stripZeros(long fraction, int places) {
        String digits = Long.toString(fraction);
        StringBuilder padded = new StringBuilder(places);
        for (int i = digits.length(); i < places; i++) {
            padded.append('0');
        }
        padded.append(digits);
        int length = padded.length();
        while (padded.charAt(length - 1) == '0') {
            length--;
        }
        return padded.substring(0, length);
    }

    private static boolean isNumberChar(char c) {
        // ',' and '_' are read as part of the number so that "1,000Mbps" is called a malformed number
        return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '_';
    }

    private static boolean isDecimal(String number) {
        int digits = 0;
        int points = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.') {
                points++;
            } else {
                return false;
            }
        }
        return digits > 0 && points <= 1;
    }

    static String quote(String text) {
        return '"' + text + '"';
    }
}
