package dev.netmove.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The resource a plain JUnit 5 suite names gets the same glue and netmove report the Maven goal registers. */
class JunitRouteResourceTest {

    @Test
    void the_suite_resource_registers_netmoves_steps_and_report() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/dev/netmove/junit-platform.properties")) {
            assertThat(in).isNotNull();
            properties.load(in);
        }
        assertThat(properties.getProperty("cucumber.glue")).isEqualTo(dev.netmove.glossary.StepGlossary.NETMOVE_STEPS);
        assertThat(properties.getProperty("cucumber.plugin"))
                .contains(NetmoveReportPlugin.class.getName() + ":target/netmove");
        assertThat(getClass().getResource("/junit-platform.properties")).as("no root junit-platform.properties that "
                + "would shadow a project's own").isNull();
    }
}
