package org.dyad.core.ontology;

/**
 * A CAMEO event code with what the field attaches to it.
 *
 * @param code      "1312", "043", "19"
 * @param name      CAMEO's name for it, e.g. "Threaten with sanctions, boycott, embargo"
 * @param goldstein Goldstein scale score, -10 (most conflictual) to +10 (most cooperative)
 */
public record CameoCode(String code, String name, double goldstein) {
    /** The two-digit root category: "1312" → "13". */
    public String root() { return code.substring(0, 2); }

    /**
     * QuadClass from the root: 01–05 verbal cooperation (1), 06–08 material cooperation (2),
     * 09–13 verbal conflict (3), 14–20 material conflict (4).
     */
    public int quadClass() {
        int root = Integer.parseInt(root());
        if (root <= 5) return 1;
        if (root <= 8) return 2;
        if (root <= 13) return 3;
        return 4;
    }
}
