package dev.netmove.engine.imports.netbox;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netmove.engine.imports.SmallMap;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * The NetBox fields netmove reads, at any depth of a result object; everything else (URLs, display
 * names, tags, custom fields, timestamps) is skipped while parsing, which keeps a 100,000-VM export small.
 */
final class NetBoxFieldSet {

    private static final Set<String> READ = Set.of("id", "name", "slug", "vid", "value", "device", "device_role", "role",
            "site", "location", "cluster", "type", "speed", "mode", "untagged_vlan", "tagged_vlans", "lag", "mgmt_only",
            "connected_endpoints", "connected_endpoints_type", "connected_endpoints_reachable", "connected_endpoint",
            "connected_endpoint_type", "link_peers_type", "link_peer_type", "a_terminations", "b_terminations", "object_type", "object_id", "object",
            "termination_a", "termination_a_type", "termination_a_id", "termination_b", "termination_b_type",
            "termination_b_id", "status", "label", "address", "assigned_object_type", "assigned_object_id",
            "assigned_object", "protocol", "group_id", "ip_addresses", "group", "interface_type", "interface_id",
            "interface", "priority", "virtual_machine", "memory", "primary_ip4", "identifier", "l2vpn");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private NetBoxFieldSet() {
    }

    /**
     * The field's name as netmove reads it: NetBox writes lower case, and IMPORT.md reads field names without case,
     * so a name with a capital anywhere ({@code Name}, {@code UNTAGGED_VLAN}, {@code primary_IP4}) is read as its
     * lower case; one in lower case, as NetBox writes every one, is kept as it is (the same string, nothing copied).
     */
    static String canonical(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 0x7f) {
                return field.toLowerCase(Locale.ROOT);
            }
        }
        return field;
    }

    /**
     * A key that one object holds twice, among the fields netmove reads (Jackson would keep the last one silently):
     * told as Jackson tells a duplicate, so that it reaches the user in the same words
     * ({@code JsonMappers.notJson}). Only the fields read are compared: a duplicate among the skipped ones changes
     * nothing netmove sees, and Jackson's own detection of every key costs a fifth of a large export's reading time.
     */
    static JsonParseException twice(JsonParser parser, String key) {
        return new JsonParseException(parser, "Duplicate field '" + key + "'");
    }

    /** The value at the parser's current token, objects keeping only the fields read. */
    static JsonNode readPruned(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                // a result object keeps a handful of fields: two small arrays instead of a hash map's entries
                ObjectNode object = new ObjectNode(NODES, new SmallMap<>());
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = canonical(parser.currentName());
                    parser.nextToken();
                    if (READ.contains(field)) {
                        if (object.has(field)) {
                            throw twice(parser, parser.currentName());
                        }
                        object.set(field, readPruned(parser));
                    } else {
                        parser.skipChildren();
                    }
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readPruned(parser));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                // an IntNode where the value fits, as Jackson's own tree reader does: ids and VLANs mostly do
                return parser.getNumberType() == JsonParser.NumberType.INT
                        ? NODES.numberNode(parser.getIntValue()) : NODES.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            default:
                return NODES.nullNode();
        }
    }
}
