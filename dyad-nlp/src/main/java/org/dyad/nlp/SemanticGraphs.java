package org.dyad.nlp;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyad.core.model.Dependency;

/** CoreNLP's dependency graphs as Dyad's arcs: the one conversion every annotator of this module uses. */
final class SemanticGraphs {
    private SemanticGraphs() {}

    /**
     * The graph as Dyad arcs, 0-based, the root's governor -1, sorted. Copy nodes (the "E" nodes enhanced++ adds
     * for elided predicates, as in "Sue likes coffee and Bill tea") are skipped: mapped onto their original token
     * they would give the predicate a second subject and a self-loop, which misleads an event coder more than a
     * missing arc does.
     */
    static List<Dependency> arcs(SemanticGraph graph) {
        if (graph == null) return List.of();
        List<Dependency> arcs = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            if (root.copyCount() == 0) arcs.add(new Dependency(-1, "root", root.index() - 1));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            IndexedWord gov = edge.getGovernor();
            IndexedWord dep = edge.getDependent();
            if (gov.copyCount() > 0 || dep.copyCount() > 0) continue;
            arcs.add(new Dependency(gov.index() - 1, edge.getRelation().toString(), dep.index() - 1));
        }
        arcs.sort(Comparator.comparingInt(Dependency::dependent)
                .thenComparingInt(Dependency::governor)
                .thenComparing(Dependency::relation));
        return arcs;
    }
}
