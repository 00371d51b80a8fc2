package org.dyad.core.model;

/**
 * One token of a sentence.
 *
 * @param index  0-based position in the sentence
 * @param word   the surface form
 * @param lemma  the dictionary form, lower case for common words
 * @param pos    Penn Treebank tag (NN, VBD, ...)
 * @param ner    named-entity tag (PERSON, ORGANIZATION, LOCATION, ...) or "O"; a hint only
 * @param begin  character offset in the document text
 * @param end    character offset (exclusive) in the document text
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
    public boolean isVerb() { return pos.startsWith("VB") || pos.equals("MD"); }
    public boolean isNoun() { return pos.startsWith("NN"); }
    public boolean isProperNoun() { return pos.startsWith("NNP"); }
    public String lowerWord() { return word.toLowerCase(java.util.Locale.ROOT); }
    public String lowerLemma() { return lemma.toLowerCase(java.util.Locale.ROOT); }
}
