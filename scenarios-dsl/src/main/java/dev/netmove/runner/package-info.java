/**
 * Runs feature files with Cucumber on the JUnit Platform ({@link dev.netmove.runner.FeatureRunner}), checks the
 * topologies they load ({@link dev.netmove.runner.TopologyCheck}), and holds the goals' logic without Maven
 * ({@link dev.netmove.runner.VerifyGoal}, {@link dev.netmove.runner.CheckGoal}) behind the door the Maven plugin
 * calls through ({@link dev.netmove.runner.MavenBridge}). Every {@code netmove.*} property is listed in
 * {@link dev.netmove.runner.NetmoveProperties}.
 */
package dev.netmove.runner;
