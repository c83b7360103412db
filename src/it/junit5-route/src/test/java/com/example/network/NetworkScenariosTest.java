package com.example.network;

import org.junit.platform.suite.api.ConfigurationParametersResource;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/** Runs the project's feature files with netmove's steps and reports, through Surefire: the README's block as written. */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("src/test/features")
@ConfigurationParametersResource("dev/netmove/junit-platform.properties")
public class NetworkScenariosTest {
}
