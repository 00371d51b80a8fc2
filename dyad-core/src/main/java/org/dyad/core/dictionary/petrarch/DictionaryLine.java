package org.dyad.core.dictionary.petrarch;

/**
 * One line of a PETRARCH dictionary, kept for what is made of it and for reports.
 *
 * @param line the line number in its file
 * @param text the line without its comment, stripped
 * @param raw  the line as written, for the report of what could not be mapped
 */
record DictionaryLine(int line, String text, String raw) {}
