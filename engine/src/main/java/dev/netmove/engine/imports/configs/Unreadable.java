package dev.netmove.engine.imports.configs;

/** A line the reader takes but cannot understand; becomes an import problem at its line. */
final class Unreadable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    Unreadable(String expected) {
        super(expected, null, false, false);
    }
}
