package com.example.network;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/** Runs the project's feature files with netmove's steps, through Surefire. */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("src/test/features")
@ConfigurationParameter(key = "cucumber.glue", value = "dev.netmove.steps")
@ConfigurationParameter(key = "cucumber.plugin",
        value = "html:target/netmove/cucumber.html, dev.netmove.runner.NetmoveReportPlugin:target/netmove")
@ConfigurationParameter(key = "cucumber.publish.quiet", value = "true")
public class NetworkScenariosTest {
}
