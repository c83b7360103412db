package dev.netmove.engine.imports.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalLong;

/**
 * Reads NetBox's field conventions the same way across 3.3 to 4.x: choice fields as
 * {@code {"value", "label"}} objects or bare strings, nested objects by their {@code name}/{@code slug},
 * nullable numbers, and IP addresses with their prefix length.
 */
final class NetBoxFields {

    private NetBoxFields() {
    }

    /** The text of a field, or null when absent, null or empty. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    /** A choice field's value: {@code {"value": "access", "label": "Access"}} or {@code "access"}. */
    static String choice(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isObject()) {
            return text(value, "value");
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    /** The nested object under {@code field}, or null. */
    static JsonNode nested(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isObject() ? value : null;
    }

    /** A nested object's {@code name} (e.g. {@code site.name}), or null. */
    static String nestedText(JsonNode node, String field, String key) {
        JsonNode nested = nested(node, field);
        return nested == null ? null : text(nested, key);
    }

    /** An object's {@code id}, or -1. */
    static long id(JsonNode node) {
        JsonNode value = node == null ? null : node.get("id");
        return value != null && value.canConvertToLong() ? value.asLong() : -1;
    }

    /** The id of the nested object under {@code field}, or of a bare number there, or -1. */
    static long nestedId(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return -1;
        }
        if (value.isObject()) {
            return id(value);
        }
        return value.canConvertToLong() ? value.asLong() : -1;
    }

    /**
     * A whole number field; empty when absent or null.
     *
     * @throws IllegalArgumentException when it is there but not a whole number
     */
    static OptionalLong number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return OptionalLong.empty();
        }
        if (value.isIntegralNumber() || value.isTextual() && value.asText().matches("\\d+")) {
            return OptionalLong.of(value.asLong());
        }
        throw new IllegalArgumentException(value.toString());
    }

    /** {@code 10.1.110.2/24} -> {@code 10.1.110.2}. */
    static String withoutMask(String address) {
        int slash = address.indexOf('/');
        return slash < 0 ? address : address.substring(0, slash);
    }
}
