package dev.netmove.engine.imports.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NetBoxReaderTest {

    static final Path POD = Path.of("src/test/resources/imports/netbox/pod");

    static ImportRules rules() {
        return new ImportRules(List.of(new ImportRules.RoleRule(Pattern.compile("^agg"), "aggregation")), true, true,
                false, Pattern.compile("(?i)vmotion"), Optional.empty());
    }

    @Test
    void dump() {
        SourceResult r = new NetBoxReader().read(POD, "sources/netbox", rules());
        DocMap doc = r.document();
        ((DocMap) doc.entries().get("devices")).entries().forEach((k, v) -> System.out.println(k + ": " + DocText.of(v)));
        ((DocList) doc.entries().get("links")).items().forEach(l -> System.out.println("- " + DocText.of(l)));
        ((DocMap) doc.entries().get("vms")).entries().forEach((k, v) -> System.out.println(k + ": " + DocText.of(v)));
        System.out.println(DocText.of(doc.entries().get("defaults")));
        System.out.println(r.counts());
        r.notes().forEach(System.out::println);
        r.problems().forEach(System.out::println);
    }
}
