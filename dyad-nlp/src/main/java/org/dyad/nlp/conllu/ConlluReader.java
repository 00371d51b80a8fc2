package org.dyad.nlp.conllu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Dependency;
import org.dyad.core.model.Token;

/**
 * Reads CoNLL-U (Universal Dependencies' ten-column format) into Dyad's annotated sentences, so the coder can
 * be fed text that another parser (Stanza, UDPipe, a treebank) has already analysed.
 *
 * <p>Columns used: ID, FORM, LEMMA, XPOS (UPOS when XPOS is "_"), HEAD and DEPREL, and DEPS when the sentence
 * has them: enhanced arcs such as {@code 4:nsubj:xsubj} are what CoreNLP's enhanced++ graph gives too, so the
 * coder sees the same relations either way. {@code NER=...} in MISC sets a token's NER tag; {@code
 * SpaceAfter=No} is honoured when a sentence has no {@code # text} line. Multiword-token ranges ({@code 1-2})
 * give their words the surface span; empty nodes ({@code 8.1}) and arcs to them are skipped. A sentence whose
 * HEAD column is all "_" comes out unparsed (no dependencies), like a sentence the selector rejected.
 *
 * <p>A malformed line raises {@link ConlluFormatException} naming the line.
 */
public final class ConlluReader {

    private final boolean useEnhanced;

    /** A reader that uses the DEPS column when a sentence has it, and HEAD/DEPREL otherwise. */
    public ConlluReader() {
        this(true);
    }

    /** @param useEnhanced false to read only the basic tree (HEAD/DEPREL) even when DEPS is filled in */
    public ConlluReader(boolean useEnhanced) {
        this.useEnhanced = useEnhanced;
    }

    public List<AnnotatedSentence> read(String conllu) {
        return readDocument(conllu).sentences();
    }

    public ConlluDocument readDocument(Path file) throws IOException {
        return readDocument(Files.readString(file, StandardCharsets.UTF_8));
    }

    public ConlluDocument readDocument(String conllu) {
        Layout layout = new Layout();
        SentenceBuilder current = new SentenceBuilder();
        String[] lines = conllu.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            int lineNo = n + 1;
            String line = lines[n];
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            if (line.isBlank()) {
                if (!current.isEmpty()) layout.add(current.build(useEnhanced));
                current = new SentenceBuilder();
            } else if (line.startsWith("#")) {
                current.comment(line);
            } else {
                current.tokenLine(line, lineNo);
            }
        }
        if (!current.isEmpty()) layout.add(current.build(useEnhanced));
        return new ConlluDocument(layout.text.toString(), layout.sentences);
    }

    /** Lays sentences out one to a line, with a blank line at a paragraph or document break. */
    private static final class Layout {
        final StringBuilder text = new StringBuilder();
        final List<AnnotatedSentence> sentences = new ArrayList<>();

        void add(Built s) {
            if (!sentences.isEmpty()) text.append(s.newParagraph ? "\n\n" : "\n");
            int begin = text.length();
            text.append(s.text);
            List<Token> tokens = new ArrayList<>(s.tokens.size());
            for (Token t : s.tokens) {
                tokens.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(),
                        begin + t.begin(), begin + t.end()));
            }
            sentences.add(new AnnotatedSentence(sentences.size(), s.text, begin, begin + s.text.length(),
                    tokens, s.dependencies, List.of()));
        }
    }

    /** A sentence with offsets relative to its own text. */
    private record Built(String text, boolean newParagraph, List<Token> tokens, List<Dependency> dependencies) {
    }

    private record Word(int lineNo, String form, String lemma, String pos, String ner, String head, String deprel,
                        String deps, boolean spaceAfter, int multiwordIndex) {
    }

    private record Multiword(String form, boolean spaceAfter) {
    }

    private static final class SentenceBuilder {
        String text;
        boolean newParagraph;
        final List<Word> words = new ArrayList<>();
        final List<Multiword> multiwords = new ArrayList<>();
        int multiwordEnd = 0; // last word ID covered by the open multiword range, 0 when none

        boolean isEmpty() {
            return words.isEmpty();
        }

        void comment(String line) {
            String body = line.substring(1).strip();
            if (body.startsWith("text") && body.substring(4).strip().startsWith("=")) {
                text = body.substring(body.indexOf('=') + 1).strip();
            } else if (body.startsWith("newpar") || body.startsWith("newdoc")) {
                newParagraph = true;
            }
        }

        void tokenLine(String line, int lineNo) {
            String[] c = line.split("\t", -1);
            if (c.length != 10) {
                throw new ConlluFormatException(lineNo, "expected 10 tab-separated columns, found " + c.length);
            }
            String id = c[0];
            if (id.contains(".")) return; // an empty node of the enhanced graph: no token in the text
            int dash = id.indexOf('-');
            if (dash > 0) {
                int first = parseInt(id.substring(0, dash), lineNo, "multiword token range " + id);
                int last = parseInt(id.substring(dash + 1), lineNo, "multiword token range " + id);
                if (first != words.size() + 1 || last < first) {
                    throw new ConlluFormatException(lineNo, "multiword token range " + id + " out of sequence");
                }
                multiwords.add(new Multiword(c[1], !c[9].contains("SpaceAfter=No")));
                multiwordEnd = last;
                return;
            }
            int index = parseInt(id, lineNo, "token ID '" + id + "'");
            if (index != words.size() + 1) {
                throw new ConlluFormatException(lineNo,
                        "token ID " + index + " out of sequence, expected " + (words.size() + 1));
            }
            if (c[1].isEmpty()) throw new ConlluFormatException(lineNo, "empty FORM");
            String lemma = c[2].equals("_") && !c[1].equals("_") ? c[1] : c[2];
            String pos = c[4].equals("_") ? c[3] : c[4];
            if (!c[6].equals("_")) parseInt(c[6], lineNo, "HEAD '" + c[6] + "'");
            int mw = index <= multiwordEnd ? multiwords.size() - 1 : -1;
            words.add(new Word(lineNo, c[1], lemma, pos, misc(c[9], "NER", "O"), c[6], c[7], c[8],
                    !c[9].contains("SpaceAfter=No"), mw));
        }

        Built build(boolean useEnhanced) {
            int n = words.size();
            // Without "# text" the sentence is rebuilt from the surface forms.
            String sentenceText = text != null ? text : surface();
            List<Token> tokens = new ArrayList<>(n);
            int cursor = 0;
            int lastMultiword = -1;
            int mwBegin = 0;
            int mwEnd = 0;
            for (int i = 0; i < n; i++) {
                Word w = words.get(i);
                int begin;
                int end;
                if (w.multiwordIndex >= 0) {
                    // Words of "du" = "de le" share the span of "du".
                    if (w.multiwordIndex != lastMultiword) {
                        lastMultiword = w.multiwordIndex;
                        String form = multiwords.get(w.multiwordIndex).form();
                        int at = sentenceText.indexOf(form, cursor);
                        mwBegin = at >= 0 ? at : cursor;
                        mwEnd = at >= 0 ? at + form.length() : cursor;
                        cursor = mwEnd;
                    }
                    begin = mwBegin;
                    end = mwEnd;
                } else {
                    int at = sentenceText.indexOf(w.form, cursor);
                    // A form that is not in the text (a normalised spelling) gets an empty span where it stood.
                    begin = at >= 0 ? at : cursor;
                    end = at >= 0 ? at + w.form.length() : cursor;
                    cursor = end;
                }
                tokens.add(new Token(i, w.form, w.lemma, w.pos, w.ner, begin, end));
            }
            boolean hasDeps = useEnhanced && words.stream().anyMatch(w -> !w.deps.equals("_"));
            List<Dependency> arcs = hasDeps ? enhanced() : basic();
            arcs.sort(Comparator.comparingInt(Dependency::dependent)
                    .thenComparingInt(Dependency::governor)
                    .thenComparing(Dependency::relation));
            return new Built(sentenceText, newParagraph, tokens, arcs);
        }

        private String surface() {
            StringBuilder sb = new StringBuilder();
            int lastMultiword = -1;
            for (Word w : words) {
                String form;
                boolean space;
                if (w.multiwordIndex >= 0) {
                    if (w.multiwordIndex == lastMultiword) continue;
                    lastMultiword = w.multiwordIndex;
                    Multiword m = multiwords.get(w.multiwordIndex);
                    form = m.form();
                    space = m.spaceAfter();
                } else {
                    form = w.form;
                    space = w.spaceAfter;
                }
                sb.append(form);
                if (space) sb.append(' ');
            }
            return sb.toString().strip();
        }

        private List<Dependency> basic() {
            List<Dependency> arcs = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (w.head.equals("_")) continue;
                int head = parseInt(w.head, w.lineNo, "HEAD '" + w.head + "'");
                checkHead(head, w.lineNo);
                if (w.deprel.equals("_")) throw new ConlluFormatException(w.lineNo, "HEAD without DEPREL");
                arcs.add(new Dependency(head - 1, w.deprel, i));
            }
            return arcs;
        }

        private List<Dependency> enhanced() {
            List<Dependency> arcs = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (w.deps.equals("_")) continue;
                for (String arc : w.deps.split("\\|")) {
                    int colon = arc.indexOf(':');
                    if (colon <= 0 || colon == arc.length() - 1) {
                        throw new ConlluFormatException(w.lineNo, "DEPS entry '" + arc + "' is not head:relation");
                    }
                    String head = arc.substring(0, colon);
                    if (head.contains(".")) continue; // arc to an empty node
                    int h = parseInt(head, w.lineNo, "DEPS head '" + head + "'");
                    checkHead(h, w.lineNo);
                    arcs.add(new Dependency(h - 1, arc.substring(colon + 1), i));
                }
            }
            return arcs;
        }

        private void checkHead(int head, int lineNo) {
            if (head < 0 || head > words.size()) {
                throw new ConlluFormatException(lineNo,
                        "HEAD " + head + " outside the sentence (" + words.size() + " words)");
            }
        }
    }

    private static String misc(String misc, String key, String fallback) {
        if (misc.equals("_")) return fallback;
        for (String part : misc.split("\\|")) {
            if (part.startsWith(key + "=")) return part.substring(key.length() + 1);
        }
        return fallback;
    }

    private static int parseInt(String s, int lineNo, String what) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new ConlluFormatException(lineNo, what + " is not a number");
        }
    }
}
