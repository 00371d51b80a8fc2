package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.annotate.Annotator;
import org.dyad.core.annotate.SentenceSelector;
import org.dyad.core.model.AnnotatedSentence;
import org.dyad.core.model.Dependency;
import org.dyad.core.model.Document;
import org.dyad.core.model.Token;

/**
 * Sentences from Penn Treebank parses a record already carries (PETRARCH's {@code <Parse>}), converted to
 * enhanced++ UD dependencies by CoreNLP's converter, so the coder sees the same kind of graph as from its own
 * parser. Lemmas come from CoreNLP's morphology on the tree's words and tags; no temporal expressions are found
 * (events take the document date).
 */
public final class PennTreeAnnotator implements Annotator {
    private final List<String> trees;

    private PennTreeAnnotator(List<String> trees) {
        this.trees = List.copyOf(trees);
    }

    /** An annotator for a document whose sentences are the given trees, in order. */
    public static PennTreeAnnotator of(List<String> pennTrees) {
        return new PennTreeAnnotator(pennTrees);
    }

    /** An annotator for a one-sentence document. */
    public static PennTreeAnnotator of(String pennTree) {
        if (pennTree == null || pennTree.isBlank()) throw new IllegalArgumentException("no Penn parse given");
        return new PennTreeAnnotator(List.of(pennTree));
    }

    /**
     * Every tree becomes one sentence; the selector is not asked, since the parse costs nothing more. Token
     * offsets are found by searching each word in the document text from the previous token on; a word not found
     * there (a bracket written "-LRB-") gets the previous token's end.
     */
    @Override
    public List<AnnotatedSentence> annotate(Document document, SentenceSelector selector) {
        String text = document.text();
        int cursor = 0;
        List<AnnotatedSentence> out = new ArrayList<>();
        for (int s = 0; s < trees.size(); s++) {
            Tree tree = parse(trees.get(s));
            List<CoreLabel> labels = tree.taggedLabeledYield();
            List<Token> tokens = new ArrayList<>(labels.size());
            Morphology morphology = new Morphology();
            int sentenceBegin = -1;
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                String word = unescape(l.word());
                String tag = l.tag();
                int at = text.indexOf(word, cursor);
                int begin = at >= 0 && at - cursor < 200 ? at : cursor;
                int end = at >= 0 && at - cursor < 200 ? at + word.length() : cursor;
                cursor = end;
                if (sentenceBegin < 0) sentenceBegin = begin;
                String lemma = morphology.lemma(word, tag);
                tokens.add(new Token(i, word, lemma, tag, "O", begin, end));
            }
            List<Dependency> dependencies = dependencies(tree);
            if (sentenceBegin < 0) sentenceBegin = cursor;
            out.add(new AnnotatedSentence(s, text.substring(sentenceBegin, Math.max(sentenceBegin, cursor)),
                    sentenceBegin, Math.max(sentenceBegin, cursor), tokens, dependencies, List.of()));
        }
        return out;
    }

    /** True when every bracket of the parse is closed and none is closed twice. */
    public static boolean balanced(String penn) {
        if (penn == null) return false;
        int depth = 0;
        for (int i = 0; i < penn.length(); i++) {
            char c = penn.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) return false;
        }
        return depth == 0;
    }

    /** A Penn tree; unbalanced brackets are an error, not a silently shorter tree. */
    static Tree parse(String penn) {
        String s = penn.strip();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) throw new IllegalArgumentException("unbalanced Penn parse: too many ')'");
        }
        if (depth != 0) throw new IllegalArgumentException("unbalanced Penn parse: " + depth + " '(' not closed");
        Tree tree = Tree.valueOf(s);
        if (tree == null) throw new IllegalArgumentException("unreadable Penn parse");
        return tree;
    }

    private static List<Dependency> dependencies(Tree tree) {
        GrammaticalStructure gs = new UniversalEnglishGrammaticalStructure(tree);
        return SemanticGraphs.arcs(SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.NONE, null));
    }

    private static String unescape(String w) {
        return switch (w) {
            case "-LRB-" -> "(";
            case "-RRB-" -> ")";
            case "-LCB-" -> "{";
            case "-RCB-" -> "}";
            case "-LSB-" -> "[";
            case "-RSB-" -> "]";
            case "``", "''" -> "\"";
            default -> w;
        };
    }
}
