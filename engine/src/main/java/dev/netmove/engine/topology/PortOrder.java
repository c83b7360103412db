package dev.netmove.engine.topology;

import java.util.Comparator;

/**
 * Orders port names the way an engineer reads them: runs of digits compare as numbers, so
 * {@code vmnic2} comes before {@code vmnic10} and {@code Eth1/2} before {@code Eth1/10}.
 */
public final class PortOrder implements Comparator<String> {

    /** The one instance. */
    public static final PortOrder NATURAL = new PortOrder();

    private PortOrder() {
    }

    @Override
    public int compare(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            char cx = x.charAt(i);
            char cy = y.charAt(j);
            if (isDigit(cx) && isDigit(cy)) {
                int si = i;
                int sj = j;
                while (i < x.length() && x.charAt(i) == '0') {
                    i++;
                }
                while (j < y.length() && y.charAt(j) == '0') {
                    j++;
                }
                int ei = i;
                int ej = j;
                while (ei < x.length() && isDigit(x.charAt(ei))) {
                    ei++;
                }
                while (ej < y.length() && isDigit(y.charAt(ej))) {
                    ej++;
                }
                int lengths = Integer.compare(ei - i, ej - j);
                if (lengths != 0) {
                    return lengths;
                }
                for (int k = 0; k < ei - i; k++) {
                    int c = Character.compare(x.charAt(i + k), y.charAt(j + k));
                    if (c != 0) {
                        return c;
                    }
                }
                // equal numbers: fewer leading zeros first, so the order stays total
                int zeros = Integer.compare(i - si, j - sj);
                if (zeros != 0) {
                    return zeros;
                }
                i = ei;
                j = ej;
            } else {
                if (cx != cy) {
                    return Character.compare(cx, cy);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
