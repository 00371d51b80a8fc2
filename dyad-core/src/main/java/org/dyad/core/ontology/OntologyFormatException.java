package org.dyad.core.ontology;

/**
 * A line of a built-in ontology table (cameo.tsv, plover.tsv) that Dyad cannot read. The message names the
 * resource, the line and the column, so the fix is one look away.
 */
public final class OntologyFormatException extends RuntimeException {
    private final String resource;
    private final int line;

    OntologyFormatException(String resource, int line, String column, String problem) {
        super(resource + ":" + line + (column == null ? "" : ": column " + column) + ": " + problem);
        this.resource = resource;
        this.line = line;
    }

    /** The resource path, e.g. {@code org/dyad/core/ontology/cameo.tsv}. */
    public String resource() { return resource; }

    /** 1-based line number in the resource; 0 when the resource itself is missing. */
    public int line() { return line; }
}
