/**
 * The Maven goals {@code netmove:verify} and {@code netmove:check}: each reads its parameters, calls the
 * runner's plain Java API in a class loader of its own, and maps the outcome to {@code MojoFailureException}
 * (an expectation broken) or {@code MojoExecutionException} (could not run). No logic of their own.
 */
package dev.netmove.maven;
