package dev.netmove.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VlanSetTest {

    private static final String EXPECTED_LIST = "write VLAN IDs and ranges such as 110 or 100-110,120, or all, or none";

    @Test
    void a_single_vlan_a_list_and_ranges_are_read() {
        assertThat(VlanSet.parse("110").toList()).containsExactly(110);
        assertThat(VlanSet.parse("100-110,120").toList())
                .containsExactly(100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 120);
        assertThat(VlanSet.parse(" 100 - 102 ,  120 ,1").toList()).containsExactly(1, 100, 101, 102, 120);
        assertThat(VlanSet.parse("110,110,105-112").size()).isEqualTo(8);
        assertThat(VlanSet.parse("0110").toList()).containsExactly(110);
    }

    @Test
    void all_means_every_vlan_from_1_to_4094_and_none_means_no_vlan() {
        assertThat(VlanSet.parse("all")).isEqualTo(VlanSet.ALL);
        assertThat(VlanSet.parse(" ALL ")).isEqualTo(VlanSet.ALL);
        assertThat(VlanSet.ALL.size()).isEqualTo(4094);
        assertThat(VlanSet.ALL.contains(1)).isTrue();
        assertThat(VlanSet.ALL.contains(4094)).isTrue();
        assertThat(VlanSet.ALL.contains(0)).isFalse();
        assertThat(VlanSet.ALL.contains(4095)).isFalse();
        assertThat(VlanSet.parse("none")).isEqualTo(VlanSet.NONE);
        assertThat(VlanSet.parse("None").isEmpty()).isTrue();
        assertThat(VlanSet.parse("1-4094")).isEqualTo(VlanSet.ALL);
    }

    @Test
    void a_vlan_outside_1_to_4094_is_out_of_range() {
        assertThatExceptionOfType(QuantityFormatException.class).isThrownBy(() -> VlanSet.parse("4095"))
                .satisfies(e -> {
                    assertThat(e.found()).isEqualTo("VLAN 4095 is out of range");
                    assertThat(e.expected()).isEqualTo("VLAN IDs run from 1 to 4094");
                    assertThat(e).hasMessage("VLAN 4095 is out of range; VLAN IDs run from 1 to 4094");
                });
        assertThatThrownBy(() -> VlanSet.parse("0-10")).hasMessage(
                "VLAN 0 is out of range; VLAN IDs run from 1 to 4094");
        assertThatThrownBy(() -> VlanSet.parse("99999999999999999999")).hasMessage(
                "VLAN 99999999999999999999 is out of range; VLAN IDs run from 1 to 4094");
        assertThatThrownBy(() -> VlanSet.of(110, 5000)).isInstanceOf(QuantityFormatException.class)
                .hasMessage("VLAN 5000 is out of range; VLAN IDs run from 1 to 4094");
        assertThatThrownBy(() -> VlanSet.of(List.of(0))).isInstanceOf(QuantityFormatException.class)
                .hasMessage("VLAN 0 is out of range; VLAN IDs run from 1 to 4094");
        assertThatThrownBy(() -> VlanSet.checkId(-1)).isInstanceOf(QuantityFormatException.class)
                .hasMessage("VLAN -1 is out of range; VLAN IDs run from 1 to 4094");
    }

    @ParameterizedTest(name = "\"{0}\" fails with: {1}")
    @CsvSource(delimiter = '|', value = {
        "110-100     | VLAN range \"110-100\" runs backwards; write the lower VLAN first, e.g. 100-110",
        "100,,110    | an empty entry in VLAN list \"100,,110\"; " + EXPECTED_LIST,
        "100,        | an empty entry in VLAN list \"100,\"; " + EXPECTED_LIST,
        "100-        | an incomplete range in VLAN list \"100-\"; "
                + "write a range as two VLAN IDs joined by a dash, e.g. 100-110",
        "web         | \"web\" is not a VLAN ID; " + EXPECTED_LIST,
        "al          | \"al\" is not a VLAN ID; " + EXPECTED_LIST + " (did you mean \"all\"?)",
        "-5          | \"-5\" is not a VLAN ID; " + EXPECTED_LIST,
        "all,110     | \"all\" mixed with other entries in \"all,110\"; "
                + "write all on its own, or list VLAN IDs and ranges such as 100-110,120",
    })
    void malformed_lists_say_what_is_wrong(String text, String message) {
        assertThatThrownBy(() -> VlanSet.parse(text)).isInstanceOf(QuantityFormatException.class)
                .hasMessage(message);
    }

    @Test
    void an_empty_list_is_an_error_none_is_written_out() {
        assertThatThrownBy(() -> VlanSet.parse("  ")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("an empty VLAN list; " + EXPECTED_LIST);
    }

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource(delimiter = '|', value = {
        "110             | 110",
        "100-110,120     | 100-110,120",
        "120,100-110     | 100-110,120",
        "100,101         | 100,101",
        "100,101,102     | 100-102",
        "1,3,5-7,4094    | 1,3,5-7,4094",
        "4092-4094       | 4092-4094",
        "1-4093          | 1-4093",
        "2-4094          | 2-4094",
        "1-4094          | all",
        "none            | none",
        "63,64,65,127,128| 63-65,127,128",
    })
    void printing_is_canonical(String text, String canonical) {
        assertThat(VlanSet.parse(text)).hasToString(canonical);
    }

    @Test
    void printing_then_parsing_gives_back_the_same_set_for_many_sets() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 2000; i++) {
            TreeSet<Integer> ids = new TreeSet<>();
            int count = random.nextInt(i % 10 == 0 ? 4000 : 30);
            for (int j = 0; j < count; j++) {
                int start = random.nextInt(1, 4095);
                int length = random.nextInt(1, 6);
                for (int id = start; id < start + length && id <= 4094; id++) {
                    ids.add(id);
                }
            }
            VlanSet set = VlanSet.of(ids);
            assertThat(set.toList()).containsExactlyElementsOf(ids);
            assertThat(VlanSet.parse(set.toString())).as("%s", set).isEqualTo(set);
        }
    }

    @Test
    void set_operations() {
        VlanSet trunk = VlanSet.parse("100-110,120");
        VlanSet other = VlanSet.parse("105-125");
        assertThat(trunk.intersect(other)).hasToString("105-110,120");
        assertThat(trunk.union(other)).hasToString("100-125");
        assertThat(trunk.minus(other)).hasToString("100-104");
        assertThat(VlanSet.ALL.minus(VlanSet.of(1))).hasToString("2-4094");
        assertThat(trunk.contains(120)).isTrue();
        assertThat(trunk.contains(111)).isFalse();
        assertThat(trunk.size()).isEqualTo(12);
        assertThat(trunk.stream().toArray()).containsExactly(100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110,
                120);
        assertThat(VlanSet.NONE.stream().count()).isZero();
        assertThat(VlanSet.ALL.stream().count()).isEqualTo(4094);
        assertThat(VlanSet.range(100, 102)).isEqualTo(VlanSet.of(102, 101, 100));
        assertThat(VlanSet.of(List.of(110, 120))).isEqualTo(VlanSet.parse("110,120"))
                .hasSameHashCodeAs(VlanSet.parse("120,110"));
        assertThat(VlanSet.of()).isEqualTo(VlanSet.NONE);
        List<Integer> ids = new ArrayList<>(VlanSet.parse("1-3").toList());
        assertThat(ids).containsExactly(1, 2, 3);
    }
}
