package org.dyad.core.coder;

import java.util.Set;

/** The closed word lists that decide modality and attribution. Kept in one place so they read as a whole. */
final class Cues {
    private Cues() {}

    /** Verbs of saying: "X said Y" codes Y; "X said" alone is at most a statement. */
    static final Set<String> ATTRIBUTION = Set.of("say", "tell", "state", "announce", "report", "claim", "add",
            "write", "post", "declare", "insist", "note", "stress", "confirm", "allege", "according");

    /**
     * Verbs of saying that allege: a hostile act in the clause they report is the speaker's accusation of its doer
     * ("Akhundzada alleged the American side violated the agreement"), not an act the story reports as done.
     */
    static final Set<String> ALLEGING = Set.of("allege", "claim", "assert", "contend", "charge", "accuse");

    /**
     * Adverbs that characterise a party's conduct rather than report one act: "is flagrantly defying", "has repeatedly
     * tried to sabotage", "has so far violated", "openly seeks to weaponize". A speaker saying so accuses.
     */
    static final Set<String> CHARACTERISING = Set.of("flagrantly", "openly", "blatantly", "brazenly", "deliberately",
            "systematically", "repeatedly", "constantly", "continually", "continuously", "persistently", "routinely",
            "habitually", "consistently", "wantonly", "ruthlessly", "recklessly", "illegally", "unlawfully",
            "shamelessly", "always");

    /** What a statement is issued in: "issued a statement urging ...", "released a report accusing ...". */
    static final Set<String> DOCUMENTS = Set.of("statement", "report", "letter", "resolution", "communique",
            "declaration", "message", "note", "motion", "video", "tweet", "post", "document", "decree", "order",
            "appeal", "memo", "memorandum", "notice", "release");

    /** Ancestors that make what they govern not happen: "denied plans for an assault", "ruled out talks". */
    static final Set<String> NEGATING = Set.of("deny", "rule", "refuse", "decline", "fail", "dismiss", "cancel",
            "postpone", "call off", "halt", "abandon", "avoid", "prevent");

    /**
     * Verbs and nouns that stop the act they govern: "cease military aid" is reducing aid (162x), "a suspension of
     * talks" halting negotiations (164). See {@link Senses#stopper}.
     */
    static final Set<String> STOPPING = Set.of("stop", "halt", "cease", "suspend", "freeze", "end", "withhold",
            "discontinue", "terminate", "curtail", "slash", "pause", "interrupt", "reduce", "scrap", "cut");
    static final Set<String> STOPPING_NOUNS = Set.of("suspension", "halt", "cessation", "freeze", "end", "cut",
            "cutoff", "termination", "pause", "reduction", "curtailment", "withholding", "stoppage");

    /** Negation words attached to a predicate: "did not attack", "never", "no talks". */
    static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");

    /** Ancestors and auxiliaries that put an event in the future: "plans to", "will", "scheduled for". */
    static final Set<String> PLANNING = Set.of("plan", "intend", "prepare", "schedule", "expect", "aim", "set",
            "want", "seek", "propose", "hope", "agree", "arrange", "due", "consider", "try", "attempt", "vow",
            "pledge", "promise", "offer", "decide", "ready", "going", "await", "pending", "delay",
            // "is willing to withdraw its troops": a stated readiness is an intent, not the act
            "willing", "eager", "prepared", "poised", "determined");
    static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    static final Set<String> PLANNED_ADJ = Set.of("planned", "upcoming", "proposed", "scheduled", "future",
            "possible", "next", "potential", "expected", "forthcoming");

    /** What makes an event conditional or merely possible: "could take military action if ...". */
    static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "might", "may", "would", "should", "can", "must");
    static final Set<String> CONDITION_MARKS = Set.of("if", "unless", "whether", "lest");
    static final Set<String> HYPOTHETICAL_ANCESTORS = Set.of("threaten", "warn", "fear", "risk", "urge",
            "demand", "call", "ask", "appeal", "accuse", "allege", "speculate", "worry", "concern", "suppose",
            // "I think that Malaysians are trying to create leverage": an opinion of what others do is no report of it
            "think", "believe", "predict", "suspect", "guess", "assume", "doubt", "imagine", "anticipate",
            // "the judges are likely to convict him", "will be interested in encouraging": a forecast or a wish
            "likely", "unlikely", "probable", "certain", "interested",
            // "there is a consensus that ...", "my understanding is ...": the content of an opinion is no report
            "consensus", "belief", "opinion", "impression", "understanding", "assessment", "speculation",
            "suspicion", "assumption", "perception", "view",
            // "the importance of ending detention", "the need for talks": what is needed is not done
            "importance", "need", "necessity",
            // "making it possible for companies to invest": what something makes possible has not been done
            "possible");

    /**
     * Adverbs that say an act came close without happening: "was almost gunned down", "nearly signed the deal". Not
     * "narrowly", which says how a vote or a race was won.
     */
    static final Set<String> NEAR_MISS = Set.of("almost", "nearly");

    /** Adverbs that hedge what they modify into a guess: "Japan will likely increase", "probably the attack". */
    static final Set<String> HEDGES = Set.of("likely", "unlikely", "probably", "perhaps", "possibly", "maybe",
            "presumably", "conceivably", "supposedly");
}
