/**
 * The step glossary: every phrase of a step library read by reflection from its step definitions, and the
 * Markdown page of it ({@code netmove:glossary}, the site's steps page).
 */
package dev.netmove.glossary;
