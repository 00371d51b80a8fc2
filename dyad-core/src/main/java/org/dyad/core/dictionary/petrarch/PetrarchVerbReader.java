package org.dyad.core.dictionary.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.dictionary.VerbPattern;
import org.dyad.core.dictionary.VerbPattern.Path;
import org.dyad.core.dictionary.VerbPattern.Step;

/**
 * Reads a PETRARCH verb dictionary ({@code CAMEO.2.0.txt}, {@code PETR.Validate.verbs.txt}) and maps its word-order
 * patterns onto Dyad's dependency {@link VerbPattern}s.
 *
 * <h2>The format</h2>
 * <pre>
 * &amp;CURRENCY                    a synset: the + lines below it are its members (+&amp;OTHER includes another)
 * +DOLLAR
 * ---  ASK   [---]  ---          a verb block and its default code ([---]: the verbs alone are no event)
 * ASK     [020]                  a verb of the block, with its own code
 * QUERY {QUERYING QUERIES}       irregular forms (Dyad matches lemmas, so they are only counted)
 * MET                            a verb line in an inflected form: that word only (see below)
 * +ASK_FOR {+ASKED_FOR} [020]    a multi-word verb; + marks the verb, the other words follow it
 * - * EXTRADITION   [0213]       a pattern: - then words around * (the verb), then the CAMEO code
 * - * (FOR {FINANCIAL AID}) [0231]
 * ~ a (a b ATTACK) SAY = a b 015 a transformation of nested verbs
 * </pre>
 * In patterns: {@code $} is the source, {@code +} the target, {@code ^} skips a phrase, {@code %} is a compound
 * actor, {@code (PREP ...)} a prepositional phrase, {@code {A B}} a noun phrase (head last), {@code &NAME} any member
 * of a synset, {@code _} joins words. Codes are {@code [042]}, {@code [042:043]} (a paired event: 042 from source
 * to target and 043 back) and {@code [:173]} (only the reverse event). Every pattern of a block applies to every
 * verb of the block: the blocks are synonym sets.
 *
 * <h2>Mapping onto dependency conditions</h2>
 * Each (verb, pattern) gives one {@link VerbPattern} with the verb's lemma and the block's code, and conditions
 * built from the pattern's words:
 * <table>
 * <tr><th>pattern</th><th>conditions</th></tr>
 * <tr><td>{@code - * EXTRADITION [0213]} (ASK)</td><td>{@code obj=extradition}</td></tr>
 * <tr><td>{@code - * SANCTIONS [163]} (ADD)</td><td>{@code obj=sanctions}, matched as written
 *     ({@link Step#asWritten()}): PETRARCH matches a pattern's words literally, and the CAMEO dictionary writes
 *     both forms where it means both ({@code * ATTACK}, {@code * ATTACKS}); a synset's members, whose plurals
 *     PETRARCH makes, match by lemma (the word and a plural stripped to its singular)</td></tr>
 * <tr><td>{@code - * {HUMANITARIAN AID} [0233]}</td><td>{@code obj=aid>amod=humanitarian}, and a second pattern
 *     with {@code compound} for the modifier (a word before the head is either, depending on its tag)</td></tr>
 * <tr><td>{@code - * (FOR {FINANCIAL AID}) [0231]}</td><td>{@code obl:for=aid>amod|compound=financial}</td></tr>
 * <tr><td>{@code - * (AGAINST) [113]}</td><td>{@code obl:against=*}</td></tr>
 * <tr><td>{@code - * POSSIBILITY (OF SANCTIONS) [1312]}</td><td>{@code obj=possibility>nmod:of=sanctions|sanction}
 *     — "of" after a noun attaches to the noun; other prepositions attach to the verb</td></tr>
 * <tr><td>{@code - * OFF &WEAPON [183]} (SET)</td><td>{@code compound:prt=off obj=<members of &WEAPON>}</td></tr>
 * <tr><td>{@code - * TO RECONSIDER [102]}</td><td>{@code xcomp=reconsider}; words after it hang from
 *     "reconsider" ({@code xcomp=impose>obj=sanction})</td></tr>
 * <tr><td>{@code - &MILITARY * EXERCISES [062]}</td><td>{@code nsubj=military|army|... obj=exercises|exercise}</td></tr>
 * <tr><td>{@code - WILL NOT * ...}</td><td>{@code aux=will advmod=not|n't}</td></tr>
 * <tr><td>{@code +ASK_FOR [020]}</td><td>{@code obl:for=*}; the block's patterns then put their object under
 *     {@code obl:for} ("asked for extradition")</td></tr>
 * <tr><td>{@code +CARRY_OUT}</td><td>{@code compound:prt=out}</td></tr>
 * </table>
 * {@code $} before the verb and {@code +} after it are where Dyad's coder looks for source and target anyway
 * (subject; object or oblique), so they add no condition; {@code ^} adds none either. {@code +} before the verb
 * with {@code $} as the object of a preposition after it ({@code + * FROM $}, {@code + * IN $}) swaps them: the
 * phrase's path is a {@link Path#source() source path} and the coder makes the subject the target ("X was freed from
 * Y" is Y's act on X). Articles are dropped;
 * "no" becomes {@code det=no}. A paired code {@code [032:033]} becomes {@link VerbPattern#reverseCode()}.
 * {@code %} is a compound actor: {@code nsubj=*>conj=*} before the verb, {@code obl:with=*>conj=*} in
 * {@code * WITH %}. A synset of auxiliaries before the verb ({@code &NEGATVAUXVRB}: "DID N'T", "WILL NOT") gives
 * one pattern per member. A preposition after the object is mapped both on the verb ({@code obl}) and on the noun
 * ({@code nmod}), and a multi-word verb's particle that is also a preposition ("CORDON OFF") both as
 * {@code compound:prt} and as the preposition of the object, since the parser may read either way.
 * Words joined by {@code _} must stand side by side: each run of them adds word-order steps
 * ({@link Step#PREVIOUS_WORD}, {@link Step#NEXT_WORD}) from the verb or the run's first placed word, and
 * modifiers joined to their head are found by word order only ({@code *_ON} is {@code next=on}, particle or
 * preposition alike). A synset after the verb with multi-word members gives one pattern per such member, its words
 * joined, and one with the one-word members. Subject nouns joined by {@code _} are found the same way
 * ({@code DEATH_TOTAL *} is {@code nsubj=total>previous=death}: "death total", not "death and injury total"), and so
 * are the words of a multi-word verb before its verb ({@code WIRE_+TAP} is "tap" with {@code previous=wire}).
 *
 * <h2>Verb lines are words as written</h2>
 * PETRARCH matches a verb line as a word and the regular inflections it makes of it (MEET: meets, meeting); it
 * does not lemmatize. So a line may name one inflected form in a block of its own, with its own code:
 * {@code --- MET [031:032]} next to {@code --- MEET [031:031]}, {@code --- LEFT [032:033]} next to
 * {@code --- LEAVE [012]}. Every pattern therefore carries its verb's word as written in
 * {@link VerbPattern#forms()}: the coder finds a pattern by its lemma as usual ("meets", "meeting" → MEET) and also
 * by the token's surface form, and tries the patterns that name the form before those of the lemma ("met" → MET's
 * 031:032, "left" → LEFT's 032:033 and not LEAVE's 012). A line that is a base form ("MEET") is found by its lemma
 * anyway, so the form changes nothing for it.
 *
 * <h2>Not mapped (each reported with file, line and reason)</h2>
 * Transformations ({@code ~}); patterns coded {@code [---]} (they block coding, which Dyad's patterns cannot
 * express) or with only a reverse code {@code [:173]}; codes that are not CAMEO event codes; {@code %} after a
 * noun; {@code $} after the verb other than as a preposition's object with {@code +} before the verb, and
 * {@code +} before the verb without such a {@code $}; words before the verb that
 * govern it ({@code FAILED TO *}, {@code SAID $ *}) unless a verb form opens the pattern with only auxiliaries,
 * negation and adverbs after it ({@code INDICATED *}, {@code SAID WOULD NOT *}: a {@link Step#GOVERNOR} step;
 * {@code NOTED + *}, the target the clause's subject: a {@link Step#GOVERNOR_SOURCE} step);
 * a second object; coordination inside a phrase; more than two
 * modifiers on one noun; parenthesised groups that do not start with a preposition; multi-word verbs joined by
 * AND/OR ({@code +KILLED_AND}) or with words both before and after the verb; undefined synsets. A pattern with any of these is left
 * out whole rather than coded with fewer conditions than the dictionary meant.
 */
public final class PetrarchVerbReader {
    private static final Pattern HEADER = Pattern.compile("\\s*---+\\s*(.+?)\\s*\\[([^\\]]*)\\].*");
    private static final Pattern VERB_LINE =
            Pattern.compile("\\s*([^{\\[]+?)\\s*(?:\\{([^}]*)\\})?\\s*(?:\\[([^\\]]*)\\])?\\s*");
    /** A code, optionally paired ({@code 032:033}); a trailing "?" ({@code [023?]}) marks a coder's doubt, not another code. */
    private static final Pattern CODE = Pattern.compile("\\s*(\\d*[A-Z]?)\\??\\s*(?::\\s*(\\d*[A-Z]?)\\??)?\\s*");

    static final Set<String> PARTICLES = Set.of("UP", "DOWN", "OFF", "OUT", "AWAY", "BACK", "FORWARD", "ASIDE",
            "APART", "TOGETHER", "FORTH");
    /** Words that are particles at the end of a multi-word verb ("give in") and prepositions elsewhere. */
    static final Set<String> AMBIGUOUS = Set.of("IN", "ON", "OVER", "THROUGH", "BY", "AROUND", "ABOUT", "BEHIND");
    static final Set<String> PREPOSITIONS = Set.of("ABOUT", "ABOVE", "ACROSS", "AFTER", "AGAINST", "ALONG", "AMID",
            "AMONG", "AROUND", "AS", "AT", "BEFORE", "BEHIND", "BETWEEN", "BEYOND", "BY", "DESPITE", "DURING", "FOR",
            "FROM", "IN", "INSIDE", "INTO", "NEAR", "OF", "ON", "ONTO", "OUTSIDE", "OVER", "PAST", "SINCE", "THROUGH",
            "TO", "TOWARD", "TOWARDS", "UNDER", "UNTIL", "UPON", "VIA", "WITH", "WITHIN", "WITHOUT", "OFF");
    private static final Map<String, String> TWO_WORD_PREPOSITIONS = Map.of("OUT OF", "out_of", "BECAUSE OF",
            "because_of", "INSTEAD OF", "instead_of", "AHEAD OF", "ahead_of", "AWAY FROM", "away_from",
            "ACCORDING TO", "according_to", "DUE TO", "due_to", "PRIOR TO", "prior_to", "UP TO", "up_to");
    private static final Set<String> DETERMINERS = Set.of("A", "AN", "THE", "ITS", "THEIR", "HIS", "HER", "THIS",
            "THESE", "THOSE", "OUR");
    private static final Map<String, String> AUXILIARIES = Map.ofEntries(Map.entry("WILL", "will"),
            Map.entry("WO", "will"), Map.entry("WOULD", "would"), Map.entry("SHALL", "shall"),
            Map.entry("SHOULD", "should"), Map.entry("MAY", "may"), Map.entry("MIGHT", "might"),
            Map.entry("CAN", "can"), Map.entry("CA", "can"), Map.entry("COULD", "could"), Map.entry("MUST", "must"),
            Map.entry("HAS", "have"), Map.entry("HAVE", "have"), Map.entry("HAD", "have"), Map.entry("IS", "be"),
            Map.entry("ARE", "be"), Map.entry("WAS", "be"), Map.entry("WERE", "be"), Map.entry("BE", "be"),
            Map.entry("BEEN", "be"), Map.entry("AM", "be"), Map.entry("DID", "do"), Map.entry("DO", "do"),
            Map.entry("DOES", "do"));
    private static final Set<String> POSSESSIVES = Set.of("ITS", "THEIR", "HIS", "HER", "OUR");
    /** Short adverbs that sit between the subject and the verb ("will not ever clash", "has now agreed"). */
    private static final Set<String> ADVERBS = Set.of("EVER", "EVEN", "NOW", "ALSO", "STILL", "AGAIN", "JUST",
            "SOON", "YET", "ALREADY", "MOST", "VERY", "OFTEN");
    /**
     * Irregular past forms of verbs that take a clause or a "to" complement, and are no nouns: "BEGUN *" under
     * QUESTION is "has begun to question", not a subject named "begun".
     */
    private static final Set<String> IRREGULAR_PAST = Set.of("BEGAN", "BEGUN", "SOUGHT", "THOUGHT", "FELT",
            "CHOSE", "CHOSEN", "SWORE", "SWORN", "FORGOT", "FORGOTTEN", "UNDERTOOK", "UNDERTAKEN", "STROVE",
            "STRIVEN", "HELD", "KEPT", "MEANT", "TOOK", "TAKEN", "WENT", "GONE");
    private static final Set<String> UNPLACEABLE = Set.of("THAT", "WHETHER", "IF", "AND", "OR", "SAID", "SAY",
            "SAYS", "TOLD", "BUT", "NOR", "NEITHER");

    private PetrarchVerbReader() {}

    public static List<VerbPattern> read(java.nio.file.Path file, LoadReport.Builder report) {
        return read(PetrarchText.read(file), report);
    }

    public static List<VerbPattern> read(String name, String text, LoadReport.Builder report) {
        return read(PetrarchText.of(name, text), report);
    }

    // ---------------------------------------------------------------- pass 1: blocks, verbs, patterns, synsets

    private record Src(int line, String text, String raw) {}

    private static final class Block {
        final String name;
        final String code;
        final int line;
        final List<Src> verbs = new ArrayList<>();
        final List<Src> patterns = new ArrayList<>();

        Block(String name, String code, int line) {
            this.name = name;
            this.code = code;
            this.line = line;
        }
    }

    static List<VerbPattern> read(PetrarchText text, LoadReport.Builder report) {
        String file = text.file();
        Map<String, List<Src>> synsetLines = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        Block block = null;
        List<Src> synset = null;
        for (PetrarchText.Line line : text.lines()) {
            if (line.isBlank()) continue;
            String t = line.text().strip();
            Src src = new Src(line.number(), t, line.raw());
            Matcher h = HEADER.matcher(t);
            if (h.matches()) {
                block = new Block(h.group(1), h.group(2).trim(), line.number());
                blocks.add(block);
                synset = null;
                report.count("verbs.blocks");
            } else if (t.startsWith("&")) {
                synset = new ArrayList<>();
                synsetLines.put(synsetName(t.split("\\s+")[0].substring(1)), synset);
                report.count("verbs.synsets");
            } else if (synset != null && t.startsWith("+")) {
                synset.add(src);
                report.count("verbs.synset members");
            } else if (t.startsWith("~")) {
                report.count("verbs.transformations");
                report.unmapped(file, line.number(), line.raw(),
                        "transformation (~) of nested verbs: Dyad codes attribution and nesting itself");
            } else if (block == null) {
                report.unmapped(file, line.number(), line.raw(), "line outside a verb block");
            } else if (t.startsWith("-")) {
                synset = null;
                block.patterns.add(src);
                report.count("verbs.pattern lines");
            } else {
                synset = null;
                block.verbs.add(src);
                report.count("verbs.verb lines");
            }
        }
        Synsets synsets = new Synsets(file, synsetLines, report);
        Map<String, VerbPattern> out = new LinkedHashMap<>();
        for (Block b : blocks) mapBlock(file, b, synsets, report, out);
        report.count("verbs.patterns", out.size());
        return new ArrayList<>(out.values());
    }

    static String synsetName(String s) {
        String n = s.toUpperCase(Locale.ROOT);
        while (n.endsWith("_")) n = n.substring(0, n.length() - 1);
        return n;
    }

    // ---------------------------------------------------------------- synsets

    /** Synset members reduced to the lemma forms of their head words, with nested synsets expanded. */
    private static final class Synsets {
        private final Map<String, List<Src>> lines;
        private final Map<String, Set<String>> resolved = new HashMap<>();
        private final String file;
        private final LoadReport.Builder report;

        Synsets(String file, Map<String, List<Src>> lines, LoadReport.Builder report) {
            this.file = file;
            this.lines = lines;
            this.report = report;
            for (String name : lines.keySet()) lemmas(name, new HashSet<>());
        }

        boolean has(String name) {
            return lines.containsKey(name);
        }

        Set<String> lemmas(String name) {
            return resolved.get(name);
        }

        /**
         * The members of a synset of auxiliaries with negation or adverbs (&amp;NEGATVAUXVRB: "DID N'T", "WILL NOT",
         * "REALLY DID NOT"), each as its words; null when some member is anything else. Such a synset before the
         * verb is a set of alternative auxiliary chains, not a noun.
         */
        List<List<String>> auxiliaryMembers(String name) {
            List<Src> members = lines.get(name);
            if (members == null || members.isEmpty()) return null;
            List<List<String>> out = new ArrayList<>();
            for (Src m : members) {
                String member = m.text().substring(1).strip();
                int hash = member.indexOf('#');
                if (hash >= 0) member = member.substring(0, hash).strip();
                List<String> words = new ArrayList<>();
                for (String w : member.replace('_', ' ').toUpperCase(Locale.ROOT).split("\\s+")) {
                    if (w.isEmpty()) continue;
                    if (!AUXILIARIES.containsKey(w) && !w.equals("NOT") && !w.equals("N'T") && !w.equals("NEVER")
                            && !PatternMapper.isAdverb(w)) return null;
                    words.add(w);
                }
                if (words.isEmpty()) return null;
                out.add(words);
            }
            return out;
        }

        /** The members with nested synsets expanded, each as its words in upper case ("GOLDEN GOBLIN GALLEONS"). */
        List<List<String>> phrases(String name) {
            List<List<String>> out = new ArrayList<>();
            phrases(name, new HashSet<>(), out);
            return out;
        }

        private void phrases(String name, Set<String> visiting, List<List<String>> out) {
            if (!visiting.add(name)) return;
            for (Src m : lines.getOrDefault(name, List.of())) {
                String member = m.text().substring(1).strip();
                int hash = member.indexOf('#');
                if (hash >= 0) member = member.substring(0, hash).strip();
                if (member.startsWith("&")) {
                    phrases(synsetName(member.substring(1)), visiting, out);
                    continue;
                }
                List<String> words = new ArrayList<>();
                for (String w : member.replace('_', ' ').toUpperCase(Locale.ROOT).split("\\s+")) {
                    if (!w.isEmpty()) words.add(w);
                }
                if (!words.isEmpty()) out.add(words);
            }
        }

        private Set<String> lemmas(String name, Set<String> visiting) {
            Set<String> done = resolved.get(name);
            if (done != null) return done;
            Set<String> out = new LinkedHashSet<>();
            if (!visiting.add(name)) return out; // a cycle: the members seen so far are all there is
            for (Src m : lines.getOrDefault(name, List.of())) {
                String member = m.text().substring(1).strip();
                if (member.startsWith("&")) {
                    String inner = synsetName(member.substring(1));
                    if (!lines.containsKey(inner)) {
                        report.unmapped(file, m.line(), m.raw(), "undefined synset &" + inner);
                    } else {
                        out.addAll(lemmas(inner, visiting));
                    }
                    continue;
                }
                String[] words = member.replace('_', ' ').trim().split("\\s+");
                if (words.length == 0 || words[0].isEmpty()) continue;
                if (words.length > 1) {
                    report.approximated(file, m.line(), m.raw(), "multi-word synset member matched by its last word");
                }
                out.addAll(forms(words[words.length - 1]));
            }
            Set<String> fixed = Set.copyOf(out); // immutable, so that every Step shares it instead of copying
            resolved.put(name, fixed);
            return fixed;
        }
    }

    /** The word as the sentence would spell it: lower case, without the trailing {@code _} that marks no plural. */
    static String written(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        while (w.endsWith("_")) w = w.substring(0, w.length() - 1);
        return w;
    }

    /** The word in lower case and, for a plural, its singular: the lemmatizer gives one or the other. */
    static Set<String> forms(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        while (w.endsWith("_")) w = w.substring(0, w.length() - 1);
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        if (w.length() > 4 && w.endsWith("ies")) out.add(w.substring(0, w.length() - 3) + "y");
        else if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches")
                || w.endsWith("xes") || w.endsWith("zes"))) out.add(w.substring(0, w.length() - 2));
        else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            out.add(w.substring(0, w.length() - 1));
        }
        return out;
    }

    // ---------------------------------------------------------------- codes

    /** A pattern's codes: {@code code} from source to target, {@code reverse} back; {@code blank} for [---]. */
    private record Codes(String code, String reverse, boolean blank) {}

    /** Parses the inside of [...]; throws Unmappable when it is no CAMEO event code. */
    private static Codes codes(String inner) {
        String s = inner.strip();
        if (s.equals("---")) return new Codes(null, null, true);
        Matcher m = CODE.matcher(s);
        if (!m.matches()) throw new Unmappable("not a CAMEO event code [" + s + "]");
        String code = m.group(1).isEmpty() ? null : m.group(1);
        String reverse = m.group(2) == null || m.group(2).isEmpty() ? null : m.group(2);
        if (code == null && reverse == null) throw new Unmappable("not a CAMEO event code [" + s + "]");
        if (code != null && !cameo(code)) throw new Unmappable("not a CAMEO event code [" + s + "]");
        if (reverse != null && !cameo(reverse)) throw new Unmappable("not a CAMEO event code [" + s + "]");
        return new Codes(code, reverse, false);
    }

    /**
     * A code shaped like a CAMEO event code. The root is not checked against CAMEO 1.1b3: dictionaries written for
     * other versions or test suites ("901", "174K") use codes the catalogue lacks, and the caller decides what to do
     * with those (DictionaryOptions reports and drops them; the validation command scores them as they are).
     */
    private static boolean cameo(String c) {
        return c.matches("\\d{2,4}[A-Z]?");
    }

    /** Why a construct cannot be mapped; caught where the line is known and reported. */
    static final class Unmappable extends RuntimeException {
        Unmappable(String reason) {
            super(reason, null, false, false);
        }
    }

    // ---------------------------------------------------------------- verbs of a block

    /**
     * A verb of a block: its lemma, the conditions its extra words add ("ask for" → obl:for=*), the relation the
     * patterns' object takes (obj, or obl:for for "ask for"), and its own code, if any.
     */
    private record Verb(String lemma, List<Spec> base, String objectRelation, String code, Src src) {
        /**
         * The word as written: PETRARCH matches words, not lemmas, so a line may name one inflected form ("LEFT",
         * "MET") that Dyad must find by its surface form, since the parser's lemma is another verb's.
         */
        Set<String> forms() {
            return Set.of(lemma);
        }
    }

    private static void mapBlock(String file, Block b, Synsets synsets, LoadReport.Builder report,
                                 Map<String, VerbPattern> out) {
        Codes blockCodes = null;
        String blockProblem = null;
        try {
            blockCodes = codes(b.code);
        } catch (Unmappable e) {
            blockProblem = e.getMessage();
        }
        List<Verb> verbs = new ArrayList<>();
        for (Src v : b.verbs) {
            List<Verb> readings;
            try {
                readings = readings(verb(v, report));
            } catch (Unmappable e) {
                report.unmapped(file, v.line(), v.raw(), e.getMessage());
                continue;
            }
            for (Verb verb : readings) {
            verbs.add(verb);
            // The verb alone: its own code, else the block's.
            String own = verb.code();
            try {
                Codes c = own != null ? codes(own) : blockCodes;
                if (c == null) throw new Unmappable("block header: " + blockProblem);
                if (c.blank()) continue; // [---]: the verb alone is no event, as the dictionary says
                if (c.code() == null) throw new Unmappable("only a reverse-direction code [:CODE]");
                List<List<Path>> alternatives = expand(verb.base());
                int alternative = 0;
                for (List<Path> conditions : alternatives) {
                    out.putIfAbsent(verb.lemma() + "|" + v.text() + "|" + verb.objectRelation() + "|" + c.code()
                                    + "|" + alternative++,
                            new VerbPattern(verb.lemma(), false, conditions, c.code(), null, file + ":" + v.line(),
                                    c.reverse(), verb.forms()));
                }
            } catch (Unmappable e) {
                report.unmapped(file, v.line(), v.raw(), e.getMessage());
            }
            }
        }
        for (Src p : b.patterns) {
            try {
                String body = p.text().substring(1);
                int open = body.lastIndexOf('[');
                int close = body.lastIndexOf(']');
                if (open < 0 || close < open) throw new Unmappable("pattern without a [code]");
                Codes c = codes(body.substring(open + 1, close));
                if (c.blank()) throw new Unmappable("null code [---]: a pattern that blocks coding");
                if (c.code() == null) throw new Unmappable("only a reverse-direction code [:CODE]");
                String pattern = body.substring(0, open).trim().replaceAll("\\s+", " ");
                boolean any = false;
                int variantNo = 0;
                List<List<Item>> variants = new ArrayList<>();
                for (List<Item> items : auxiliaryVariants(parse(lex(pattern, synsets)), synsets)) {
                    variants.addAll(memberVariants(items, synsets));
                }
                Unmappable firstProblem = null;
                for (List<Item> items : variants) {
                    // Most verbs of a block are single words and map a pattern alike: map once per kind of verb.
                    Map<List<Object>, List<List<Path>>> mapped = new HashMap<>();
                    for (Verb verb : verbs) {
                        List<Object> kindOfVerb = List.of(verb.base(), verb.objectRelation());
                        List<List<Path>> alternatives = mapped.get(kindOfVerb);
                        if (alternatives == null) {
                            try {
                                alternatives = conditions(verb, items, synsets);
                            } catch (Unmappable e) {
                                // One multi-word synset member that cannot be placed leaves the others standing.
                                if (variants.size() == 1) throw e;
                                if (firstProblem == null) firstProblem = e;
                                alternatives = List.of();
                            }
                            mapped.put(kindOfVerb, alternatives);
                        }
                        String key = verb.lemma() + "|" + verb.src().text() + "|" + verb.objectRelation() + "|"
                                + pattern + "|" + c.code() + "|" + variantNo;
                        int alternative = 0;
                        for (List<Path> conditions : alternatives) {
                            out.putIfAbsent(key + "|" + alternative++, new VerbPattern(verb.lemma(), false,
                                    conditions, c.code(), null, file + ":" + p.line(), c.reverse(), verb.forms()));
                            any = true;
                        }
                    }
                    variantNo++;
                }
                if (!any && firstProblem != null) throw firstProblem;
                if (any) report.count("verbs.pattern lines mapped");
            } catch (Unmappable e) {
                report.unmapped(file, p.line(), p.raw(), e.getMessage());
            }
        }
    }

    /**
     * The pattern once per member of each auxiliary synset before the verb ("&amp;NEGATVAUXVRB * OVER EFFORTS" is
     * "DID N'T * OVER EFFORTS", "WILL NOT * OVER EFFORTS", ...); the pattern itself when it has none.
     */
    private static List<List<Item>> auxiliaryVariants(List<Item> items, Synsets synsets) {
        List<List<Item>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        boolean beforeVerb = true;
        for (Item it : items) {
            if (it instanceof Marker m && m.c() == '*') beforeVerb = false;
            List<List<String>> members = beforeVerb && it instanceof Syn sy ? synsets.auxiliaryMembers(sy.name()) : null;
            if (members == null) {
                for (List<Item> v : out) v.add(it);
                continue;
            }
            List<List<Item>> next = new ArrayList<>();
            for (List<Item> v : out) for (List<String> member : members) {
                List<Item> copy = new ArrayList<>(v);
                // A member is a phrase: its words stand together; the last takes the synset's own joint.
                for (int k = 0; k < member.size(); k++) {
                    copy.add(new Word(member.get(k), k < member.size() - 1 || ((Syn) it).glued()));
                }
                next.add(copy);
            }
            out = next;
        }
        return out;
    }

    /**
     * The pattern once per multi-word member of each synset after the verb, the member's words joined by {@code _}
     * (a member is a phrase: "* &amp;CURRENCY" is "* GOLDEN_GOBLIN_GALLEONS", which "goblin galleons" does not
     * match), and once with the one-word members; the pattern itself when no synset has multi-word members or the
     * variants would be too many.
     */
    static List<List<Item>> memberVariants(List<Item> items, Synsets synsets) {
        List<List<Item>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        boolean afterVerb = false;
        for (Item it : items) {
            List<List<Item>> choices = afterVerb ? choices(it, synsets) : List.of(List.of(it));
            if (it instanceof Marker m && m.c() == '*') afterVerb = true;
            List<List<Item>> next = new ArrayList<>();
            for (List<Item> v : out) for (List<Item> c : choices) {
                List<Item> copy = new ArrayList<>(v);
                copy.addAll(c);
                next.add(copy);
            }
            if (next.size() > 16) return List.of(items);
            out = next;
        }
        return out;
    }

    /** The ways to write one item after the verb: a synset's members, or a group with its members spelled out. */
    private static List<List<Item>> choices(Item it, Synsets synsets) {
        if (it instanceof Group g) {
            List<List<Item>> out = new ArrayList<>();
            for (List<Item> inner : memberVariants(withVerb(g.items()), synsets)) {
                out.add(List.of(new Group(inner.subList(1, inner.size()))));
            }
            return out;
        }
        if (it instanceof Phrase p) {
            List<List<Item>> out = new ArrayList<>();
            for (List<Item> inner : memberVariants(withVerb(p.words()), synsets)) {
                out.add(List.of(new Phrase(inner.subList(1, inner.size()))));
            }
            return out;
        }
        if (!(it instanceof Syn sy) || synsets == null || !synsets.has(sy.name())) return List.of(List.of(it));
        List<List<String>> phrases = synsets.phrases(sy.name());
        if (phrases.stream().allMatch(ph -> ph.size() == 1)) return List.of(List.of(it));
        List<List<Item>> out = new ArrayList<>();
        List<String> single = new ArrayList<>();
        for (List<String> ph : phrases) {
            if (ph.size() == 1) {
                if (!single.contains(ph.get(0))) single.add(ph.get(0));
                continue;
            }
            List<Item> words = new ArrayList<>();
            for (int k = 0; k < ph.size(); k++) {
                words.add(new Word(ph.get(k), k < ph.size() - 1 || sy.glued(), true));
            }
            out.add(words);
        }
        if (!single.isEmpty()) out.add(0, List.of(new Word(String.join("/", single), sy.glued(), true)));
        return out;
    }

    private static List<Item> withVerb(List<Item> items) {
        List<Item> out = new ArrayList<>();
        out.add(new Marker('*'));
        out.addAll(items);
        return out;
    }

    /** The conditions of one pattern for one verb: the verb's own (from its extra words), then the pattern's. */
    private static List<List<Path>> conditions(Verb verb, List<Item> items, Synsets synsets) {
        List<List<Path>> out = new ArrayList<>(conditions(verb, items, synsets, false));
        // A word-order pattern does not say where "* MEMOS FROM" attaches "from": the parser may hang it from the
        // verb or from the noun before it, so both readings are patterns.
        try {
            for (List<Path> alt : conditions(verb, items, synsets, true)) if (!out.contains(alt)) out.add(alt);
        } catch (Unmappable e) {
            // the verb-attached reading stands alone
        }
        // PETRARCH matches words in order within the verb phrase, so "VOW * WAR" finds "vowed to wage war": the
        // object the pattern names right after the verb may be the object of the verb's "to" complement.
        try {
            List<Spec> specs = new ArrayList<>(verb.base());
            PatternMapper mapper = new PatternMapper(synsets, verb);
            mapper.objectInComplement = true;
            specs.addAll(mapper.map(items));
            if (mapper.placedInComplement) for (List<Path> alt : expand(specs)) if (!out.contains(alt)) out.add(alt);
        } catch (Unmappable e) {
            // the object stands only on the verb
        }
        return out;
    }

    private static List<List<Path>> conditions(Verb verb, List<Item> items, Synsets synsets, boolean onNoun) {
        List<Spec> specs = new ArrayList<>(verb.base());
        PatternMapper mapper = new PatternMapper(synsets, verb);
        mapper.prepositionsOnNoun = onNoun;
        specs.addAll(mapper.map(items));
        if (!verb.objectRelation().equals("obj")) {
            // "ask for" + "- * EXTRADITION": the object of the preposition replaces its any-word step.
            boolean used = specs.stream().anyMatch(s -> s.relations().get(0).equals(verb.objectRelation())
                    && !s.lemmas().isEmpty());
            if (used) specs.removeIf(s -> s.relations().get(0).equals(verb.objectRelation())
                    && s.lemmas().isEmpty() && s.parent() == null);
        }
        return expand(specs);
    }

    /**
     * The ways the parser may read a verb: "cordon off the roads" has "off" as a particle (compound:prt) or as the
     * preposition of "the roads" (obl:off), and the patterns' object then sits under that preposition.
     */
    private static List<Verb> readings(Verb verb) {
        Verb fromFirstWord = fromFirstWord(verb);
        if (fromFirstWord != null) return List.of(verb, fromFirstWord);
        if (verb.base().size() != 1) return List.of(verb);
        Spec only = verb.base().get(0);
        if (only.parent() != null || !only.relations().equals(List.of("compound:prt")) || only.lemmas().size() != 1) {
            return List.of(verb);
        }
        String particle = only.lemmas().iterator().next().toUpperCase(Locale.ROOT);
        if (!particle.equals("OFF") && !AMBIGUOUS.contains(particle)) return List.of(verb);
        String rel = "obl:" + particle.toLowerCase(Locale.ROOT);
        Verb prepositional = new Verb(verb.lemma(), List.of(new Spec(List.of(rel), Set.of(), null)), rel, verb.code(),
                verb.src());
        return List.of(verb, prepositional);
    }

    /**
     * "will not wire tap the links": the parser may make the first word of a verb written "WIRE_+TAP" the verb and
     * the rest its object. The same words side by side, read from the first: "wire" with {@code next=tap}. Null
     * for a verb with no words before its verb.
     */
    private static Verb fromFirstWord(Verb verb) {
        Matcher m = VERB_LINE.matcher(verb.src().text());
        if (!m.matches()) return null;
        String word = m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", "_");
        int plus = word.indexOf('+');
        if (plus <= 0 || verb.base().isEmpty()) return null;
        List<String> words = new ArrayList<>();
        for (String w : word.replace("+", "").split("_+")) if (!w.isEmpty()) words.add(w);
        if (words.size() < 2) return null;
        List<Spec> base = new ArrayList<>();
        Spec at = null;
        for (String w : words.subList(1, words.size())) {
            at = new Spec(List.of(Step.NEXT_WORD), forms(w), at);
            base.add(at);
        }
        return new Verb(words.get(0).toLowerCase(Locale.ROOT), base, "obj", verb.code(), verb.src());
    }

    private static Verb verb(Src v, LoadReport.Builder report) {
        Matcher m = VERB_LINE.matcher(v.text());
        if (!m.matches()) throw new Unmappable("unreadable verb line");
        if (m.group(2) != null) {
            for (String f : m.group(2).split("[\\s,]+")) if (!f.isBlank()) report.count("verbs.irregular forms");
        }
        String code = m.group(3);
        // "LASH OUT" is written with a space in some files, "+LASH_OUT" in others.
        String word = m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", "_");
        if (word.contains("_") && !word.startsWith("+") && !word.contains("+")) word = "+" + word;
        boolean multi = word.startsWith("+");
        if (multi) word = word.substring(1);
        while (word.endsWith("_")) word = word.substring(0, word.length() - 1);
        if (word.contains("&")) throw new Unmappable("synset in a verb line");
        List<Spec> before = List.of();
        int plus = word.indexOf('+');
        if (plus >= 0) {
            before = wordsBeforeVerb(word.substring(0, plus));
            word = word.substring(plus + 1);
        }
        String[] parts = word.split("_+");
        String head = parts[0];
        if (parts.length == 1) return new Verb(head.toLowerCase(Locale.ROOT), before, "obj", code, v);
        if (!before.isEmpty()) throw new Unmappable("multi-word verb with words both before and after its verb");
        List<String> rest = List.of(parts).subList(1, parts.length);
        if (rest.contains("AND") || rest.contains("OR")) {
            throw new Unmappable("coordinated verbs in one entry (AND/OR)");
        }
        if (AUXILIARIES.containsKey(head)) throw new Unmappable("multi-word verb headed by an auxiliary");
        // A trailing preposition ("ask for", "look after") takes the patterns' object; particles stay particles.
        String last = rest.get(rest.size() - 1);
        String objectRelation = "obj";
        List<Item> items = new ArrayList<>();
        for (String r : rest) items.add(new Word(r));
        Verb bare = new Verb(head.toLowerCase(Locale.ROOT), List.of(), "obj", code, v);
        List<Spec> base = new PatternMapper(null, bare).mapPost(items);
        if (rest.size() == 1 && PREPOSITIONS.contains(last) && !PARTICLES.contains(last)
                && !AMBIGUOUS.contains(last)) {
            objectRelation = "obl:" + last.toLowerCase(Locale.ROOT);
        }
        return new Verb(head.toLowerCase(Locale.ROOT), base, objectRelation, code, v);
    }

    /**
     * "WIRE_+TAP": the words before the verb ({@code +} marks it) stand just before it in the sentence, whatever
     * the parser makes of them ("soldiers wire tapped the links" has "wire" as a noun), so they are word-order steps
     * from the verb, nearest first.
     */
    private static List<Spec> wordsBeforeVerb(String joined) {
        List<String> words = new ArrayList<>();
        for (String w : joined.split("_+")) if (!w.isEmpty()) words.add(w);
        if (words.isEmpty()) return List.of();
        if (!joined.endsWith("_")) throw new Unmappable("words before a multi-word verb not joined to it by _");
        List<Spec> out = new ArrayList<>();
        Spec at = null;
        for (int k = words.size() - 1; k >= 0; k--) {
            at = new Spec(List.of(Step.PREVIOUS_WORD), forms(words.get(k)), at);
            out.add(at);
        }
        return out;
    }

    // ---------------------------------------------------------------- pattern syntax

    sealed interface Item permits Word, Syn, Marker, Phrase, Group {}

    /**
     * A word; {@code glued} when {@code _} joins it to the next item, which must then follow it directly;
     * {@code member} when it stands for a synset's members, whose plurals PETRARCH makes ("+DOLLAR": "dollars"),
     * where a pattern's own word is matched as written.
     */
    record Word(String text, boolean glued, boolean member) implements Item {
        Word(String text) {
            this(text, false);
        }

        Word(String text, boolean glued) {
            this(text, glued, false);
        }

        /** Matched as written, not by lemma. */
        boolean asWritten() {
            return !member;
        }
    }

    record Syn(String name, boolean glued) implements Item {
        Syn(String name) {
            this(name, false);
        }
    }

    /** {@code *}, {@code $}, {@code +}, {@code ^}, {@code %}; {@code glued} as for {@link Word} ({@code *_ON}). */
    record Marker(char c, boolean glued) implements Item {
        Marker(char c) {
            this(c, false);
        }
    }

    /** {@code {A B}}: a noun phrase, head last. */
    record Phrase(List<Item> words) implements Item {}

    /** {@code (PREP ...)}. */
    record Group(List<Item> items) implements Item {}

    /** Splits a pattern body into tokens; synset names are resolved here (NEW_&TIETYPES_RELATIONS). */
    static List<Object> lex(String body, Synsets synsets) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            if (c == '_') {
                glueLast(out);
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if ("*$+%^(){}".indexOf(c) >= 0) {
                out.add(c);
                i++;
            } else if (c == '&') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(body.charAt(j)) || body.charAt(j) == '_'
                        || body.charAt(j) == '-' || body.charAt(j) == '\'')) j++;
                String raw = body.substring(i + 1, j).toUpperCase(Locale.ROOT);
                String name = synsetName(raw);
                String rest = "";
                while (synsets != null && !synsets.has(name) && name.contains("_")) {
                    int cut = name.lastIndexOf('_');
                    rest = name.substring(cut + 1) + (rest.isEmpty() ? "" : "_" + rest);
                    name = synsetName(name.substring(0, cut));
                }
                if (synsets != null && !synsets.has(name)) throw new Unmappable("undefined synset &" + synsetName(raw));
                // NEW_&TIETYPES_RELATIONS: the words cut off the name were joined to it by _.
                out.add(new Syn(name, !rest.isEmpty()));
                String[] restWords = rest.isEmpty() ? new String[0] : rest.split("_");
                for (int k = 0; k < restWords.length; k++) {
                    if (!restWords[k].isEmpty()) out.add(new Word(restWords[k], k < restWords.length - 1));
                }
                i = j;
            } else if (Character.isLetterOrDigit(c) || c == '\'' || c == '.' || c == '-') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(body.charAt(j)) || body.charAt(j) == '\''
                        || body.charAt(j) == '.' || body.charAt(j) == '-' || body.charAt(j) == '/')) j++;
                out.add(new Word(body.substring(i, j).toUpperCase(Locale.ROOT)));
                i = j;
            } else {
                throw new Unmappable("unexpected character '" + c + "' in pattern");
            }
        }
        return out;
    }

    /** Marks the last token as joined by {@code _} to the next one. */
    private static void glueLast(List<Object> out) {
        if (out.isEmpty()) return;
        Object last = out.get(out.size() - 1);
        if (last instanceof Word w) out.set(out.size() - 1, new Word(w.text(), true));
        else if (last instanceof Syn sy) out.set(out.size() - 1, new Syn(sy.name(), true));
        else if (last instanceof Character c && "*$+%^".indexOf(c) >= 0) out.set(out.size() - 1, new Marker(c, true));
    }

    /** Nests the tokens: {@code (...)} into Groups, {@code {...}} into Phrases; {@code *} stays a Marker. */
    static List<Item> parse(List<Object> tokens) {
        int[] pos = {0};
        List<Item> items = parseUntil(tokens, pos, (char) 0);
        long verbs = items.stream().filter(it -> it instanceof Marker mk && mk.c() == '*').count();
        if (verbs == 0) throw new Unmappable("pattern without * (the verb)");
        if (verbs > 1) throw new Unmappable("pattern with more than one *");
        return items;
    }

    private static List<Item> parseUntil(List<Object> tokens, int[] pos, char close) {
        List<Item> out = new ArrayList<>();
        while (pos[0] < tokens.size()) {
            Object t = tokens.get(pos[0]++);
            if (t instanceof Character c) {
                if (c == close) return out;
                switch (c) {
                    case '(' -> out.add(new Group(parseUntil(tokens, pos, ')')));
                    case '{' -> {
                        List<Item> inner = parseUntil(tokens, pos, '}');
                        for (Item it : inner) {
                            if (!(it instanceof Word) && !(it instanceof Syn)) {
                                throw new Unmappable("marker or group inside {...}");
                            }
                        }
                        if (inner.isEmpty()) throw new Unmappable("empty {}");
                        // {FOR DONATIONS} is written where (FOR DONATIONS) is meant.
                        boolean prepositional = inner.get(0) instanceof Word w
                                && PatternMapper.isPreposition(w.text()) && inner.size() > 1;
                        out.add(prepositional ? new Group(inner) : new Phrase(inner));
                    }
                    case ')', '}' -> throw new Unmappable("unbalanced " + c);
                    default -> out.add(new Marker(c));
                }
            } else {
                out.add((Item) t);
            }
        }
        if (close != 0) throw new Unmappable("unbalanced, missing " + close);
        return out;
    }

    // ---------------------------------------------------------------- conditions

    /**
     * A step while conditions are built: one or more alternative relations (a modifier may be amod or compound),
     * the lemmas, and the step it hangs from (null: the verb).
     */
    static final class Spec {
        private final List<String> relations;
        private final Set<String> lemmas;
        private final Spec parent;
        /** The words are the pattern's words as written, matched as such (see {@link Step#asWritten()}). */
        private final boolean asWritten;
        /** The pattern's {@code $} stands here: the word this step reaches names the source. */
        private boolean source;

        Spec(List<String> relations, Set<String> lemmas, Spec parent) {
            this(relations, lemmas, parent, false);
        }

        Spec(List<String> relations, Set<String> lemmas, Spec parent, boolean asWritten) {
            this.relations = List.copyOf(relations);
            this.lemmas = Set.copyOf(lemmas);
            this.parent = parent;
            this.asWritten = asWritten;
        }

        List<String> relations() {
            return relations;
        }

        Set<String> lemmas() {
            return lemmas;
        }

        Spec parent() {
            return parent;
        }
    }

    /** Turns specs into paths; each spec with several relations multiplies the alternatives. */
    static List<List<Path>> expand(List<Spec> specs) {
        // Only leaves become paths: a spec that another spec hangs from is covered by the longer path.
        Set<Spec> parents = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Spec s : specs) if (s.parent() != null) parents.add(s.parent());
        Map<Spec, String> choice = new java.util.IdentityHashMap<>();
        List<Spec> choices = new ArrayList<>();
        for (Spec s : specs) for (Spec a = s; a != null; a = a.parent()) {
            if (a.relations().size() > 1 && !choices.contains(a)) choices.add(a);
        }
        int combos = 1;
        for (Spec c : choices) combos *= c.relations().size();
        if (combos > 8) throw new Unmappable("too many modifiers to map");
        List<List<Path>> out = new ArrayList<>();
        for (int mask = 0; mask < combos; mask++) {
            int rest = mask;
            for (Spec c : choices) {
                choice.put(c, c.relations().get(rest % c.relations().size()));
                rest /= c.relations().size();
            }
            List<Path> paths = new ArrayList<>();
            for (Spec s : specs) {
                if (parents.contains(s)) continue;
                List<Step> steps = new ArrayList<>();
                for (Spec a = s; a != null; a = a.parent()) {
                    steps.add(0, new Step(choice.getOrDefault(a, a.relations().get(0)), a.lemmas(), a.asWritten));
                }
                paths.add(new Path(steps, s.source));
            }
            out.add(paths);
        }
        return out;
    }

    /** Maps one pattern's items onto specs for one verb of the block. */
    private static final class PatternMapper {
        private final Synsets synsets;
        private final Verb verb;
        private final List<Spec> specs = new ArrayList<>();
        /** Hang every preposition after a noun from that noun (nmod), not only "of". */
        boolean prepositionsOnNoun;
        /** The step each word or synset of the pattern became, for the word-order steps of {@code _}. */
        private final Map<Item, Spec> specOf = new java.util.IdentityHashMap<>();
        /** {@code *_ON}: the verb is joined to the word after it. */
        private boolean verbGlued;
        /** {@code + * FROM $}: the target stands before the verb, so the subject is the target. */
        private boolean targetIsSubject;
        /** Where the {@code $} after the verb went, when the target is the subject. */
        private Spec sourceSpec;
        /** Map the object that opens the words after the verb as the object of the verb's complement (xcomp). */
        boolean objectInComplement;
        /** Set when {@link #objectInComplement} placed the object there. */
        boolean placedInComplement;

        PatternMapper(Synsets synsets, Verb verb) {
            this.synsets = synsets;
            this.verb = verb;
        }

        List<Spec> map(List<Item> items) {
            int star = 0;
            while (!(items.get(star) instanceof Marker m && m.c() == '*')) star++;
            verbGlued = ((Marker) items.get(star)).glued();
            mapPre(items.subList(0, star));
            List<Spec> out = mapPost(items.subList(star + 1, items.size()));
            if (targetIsSubject != (sourceSpec != null)) {
                throw new Unmappable("target (+) before the verb without the source ($) in a phrase after it");
            }
            joints(items);
            return out;
        }

        /**
         * PETRARCH's {@code _}: words joined by it stand side by side in the sentence. Each run of joined items
         * becomes a chain of word-order steps (previous, next) from the verb when the run holds it ("RECENTLY_*",
         * "*_ON"), else from the first item of the run that has a step of its own (NEW_&amp;TIETYPES_RELATIONS:
         * relations, then the word before it, then the one before that; MEMOS_ON_&amp;TIETYPES: memos, then "on",
         * then a member, which may modify the preposition's noun: "memos on economic issues"). Runs stay inside
         * their group or phrase.
         */
        private void joints(List<Item> items) {
            int start = 0;
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                if (it instanceof Group g) joints(g.items());
                if (it instanceof Phrase p) joints(p.words());
                if (glued(it) && i + 1 < items.size() && joinable(items.get(i + 1))) continue;
                if (i > start) chain(items.subList(start, i + 1));
                start = i + 1;
            }
        }

        private static boolean glued(Item it) {
            return it instanceof Word w && w.glued() || it instanceof Syn s && s.glued()
                    || it instanceof Marker m && m.c() == '*' && m.glued();
        }

        private static boolean joinable(Item it) {
            return it instanceof Word || it instanceof Syn || it instanceof Marker m && m.c() == '*';
        }

        private void chain(List<Item> run) {
            int anchor = -1;
            for (int k = 0; k < run.size(); k++) if (run.get(k) instanceof Marker) anchor = k;
            for (int k = 0; anchor < 0 && k < run.size(); k++) if (specOf.containsKey(run.get(k))) anchor = k;
            if (anchor < 0) return; // nothing of the run is placed: the words stay unconstrained
            Spec from = run.get(anchor) instanceof Marker ? null : specOf.get(run.get(anchor));
            Spec at = from;
            for (int k = anchor - 1; k >= 0; k--) {
                at = new Spec(List.of(Step.PREVIOUS_WORD), lemmas(run.get(k)), at, asWritten(run.get(k)));
                specs.add(at);
            }
            at = from;
            for (int k = anchor + 1; k < run.size(); k++) {
                at = new Spec(List.of(Step.NEXT_WORD), lemmas(run.get(k)), at, asWritten(run.get(k)));
                specs.add(at);
            }
        }

        /** Before the verb: source marker, subject noun phrase, auxiliaries, negation, adverbs. */
        private void mapPre(List<Item> items) {
            Spec subject = null;
            List<Item> np = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                if (i > 0 && it instanceof Syn sy && !sy.glued() && governorOfClause(items, 0)) {
                    // "INCHING &ACCORDSYN *": after the governing verb, a synset ("nearer", "closer") modifies the
                    // verb ("inching nearer to accord"), it is no subject.
                    specs.add(new Spec(List.of("advmod", "amod"), lemmas(sy), null));
                    continue;
                }
                if (it instanceof Word w && isNounWord(w.text()) && !AUXILIARIES.containsKey(w.text())
                        && !isAdverb(w.text()) && !governing(w.text()) || it instanceof Syn) {
                    np.add(it);
                    continue;
                }
                if (!np.isEmpty()) {
                    if (subject != null) throw new Unmappable("two noun phrases before the verb");
                    subject = nounPhrase(np, "nsubj", null);
                    np.clear();
                }
                if (it instanceof Phrase p) {
                    if (subject != null) throw new Unmappable("two noun phrases before the verb");
                    subject = nounPhrase(p.words(), "nsubj", null);
                } else if (it instanceof Marker m) {
                    switch (m.c()) {
                        case '$', '^' -> { }
                        case '+' -> {
                            // "NOTED + *": the subject of the clause the governing verb reports is the target (the
                            // governor step says so). "+ * FROM $": source and target swapped; the source's phrase
                            // after the verb must say so, or the pattern is unmapped.
                            if (!governorOfClause(items, 0) || i != items.size() - 1) targetIsSubject = true;
                        }
                        case '%' -> {
                            // A compound actor as subject ("Gondor and Osgiliath have delayed"): a subject with a
                            // conjunct; the coder makes its members act on each other.
                            if (subject != null || !np.isEmpty()) throw new Unmappable("compound actor (%) after a noun");
                            subject = spec("nsubj", Set.of(), null);
                            specs.add(subject);
                            specs.add(spec("conj", Set.of(), subject));
                        }
                        default -> throw new Unmappable("marker " + m.c() + " before the verb");
                    }
                } else if (it instanceof Group g) {
                    if (subject == null) throw new Unmappable("prepositional phrase before the verb");
                    prepositional(g, subject);
                } else if (it instanceof Word w) {
                    String t = w.text();
                    Spec placed = null;
                    if (AUXILIARIES.containsKey(t)) placed = spec("aux", Set.of(AUXILIARIES.get(t)), null);
                    else if (t.equals("NOT") || t.equals("N'T")) placed = spec("advmod", Set.of("not", "n't"), null);
                    else if (t.equals("NEVER")) placed = spec("advmod", Set.of("never"), null);
                    else if ((t.equals("MOST") || t.equals("VERY")) && i + 1 < items.size()
                            && items.get(i + 1) instanceof Word next && isAdverb(next.text())) {
                        // "most certainly": the degree word modifies the adverb, not the verb.
                        Spec adverb = spec("advmod", Set.of(next.text().toLowerCase(Locale.ROOT)), null);
                        specs.add(adverb);
                        specOf.put(next, adverb);
                        placed = spec("advmod", Set.of(t.toLowerCase(Locale.ROOT)), adverb);
                        i++;
                    }
                    else if (isAdverb(t)) placed = spec("advmod", Set.of(t.toLowerCase(Locale.ROOT)), null);
                    else if (t.equals("NEITHER") || t.equals("EITHER")) {
                        // "Neither X nor Y boycotted": the word opens the coordinated subject.
                        Spec coordinated = spec("nsubj", Set.of(), null);
                        specs.add(coordinated);
                        placed = spec("cc:preconj", Set.of(t.toLowerCase(Locale.ROOT)), coordinated);
                    }
                    else if (governorOfClause(items, i)) {
                        boolean targetBefore = items.get(items.size() - 1) instanceof Marker m && m.c() == '+';
                        placed = spec(targetBefore ? Step.GOVERNOR_SOURCE : Step.GOVERNOR,
                                Set.of(t.toLowerCase(Locale.ROOT)), null);
                    }
                    if (placed != null) {
                        specs.add(placed);
                        specOf.put(w, placed);
                    }
                    else throw new Unmappable("word before the verb that governs it or cannot be placed");
                }
            }
            if (!np.isEmpty()) {
                if (subject != null) throw new Unmappable("two noun phrases before the verb");
                nounPhrase(np, "nsubj", null);
            }
        }

        /** After the verb: particles, object, prepositional phrases, "to" + verb. */
        List<Spec> mapPost(List<Item> items) {
            Spec anchor = null; // null: the verb itself; after "TO VERB" the xcomp
            boolean objectDone = false;
            Spec lastNoun = null;
            int i = 0;
            while (i < items.size()) {
                Item it = items.get(i);
                if (it instanceof Marker m) {
                    switch (m.c()) {
                        case '+', '^' -> { }
                        case '$' -> throw new Unmappable("source ($) after the verb: Dyad takes the subject as source");
                        case '%' -> throw new Unmappable("compound actor (%): source and target in one phrase");
                        default -> throw new Unmappable("marker " + m.c() + " after the verb");
                    }
                    i++;
                    continue;
                }
                if (it instanceof Group g) {
                    lastNoun = prepositionalOrParticle(g, anchor, lastNoun, objectDone);
                    if (startsWithParticleOrDeterminer(g)) objectDone = true;
                    i++;
                    continue;
                }
                if (it instanceof Syn sy && prepositionSynset(sy)) {
                    // "* &PREPOSIT1 RESOLUTION": a synset of prepositions is a preposition with alternatives.
                    int end = phraseEnd(items, i + 1);
                    lastNoun = attach(String.join("/", lemmas(sy)), items.subList(i + 1, end), anchor, lastNoun);
                    i = end;
                    continue;
                }
                if (it instanceof Word w) {
                    String t = w.text();
                    String next = i + 1 < items.size() && items.get(i + 1) instanceof Word nw ? nw.text() : null;
                    if (next != null && TWO_WORD_PREPOSITIONS.containsKey(t + " " + next)) {
                        int end = phraseEnd(items, i + 2);
                        lastNoun = attach(TWO_WORD_PREPOSITIONS.get(t + " " + next), items.subList(i + 2, end),
                                anchor, lastNoun);
                        i = end;
                        continue;
                    }
                    if (i == 0 && verbGlued && AMBIGUOUS.contains(t) && onlyMarkersAfter(items, i + 1)) {
                        // "*_ON": the word right after the verb, particle (compound:prt) or preposition (obl:on)
                        // as the parser pleases; the joint's word-order step says it all.
                        i++;
                        continue;
                    }
                    if (PARTICLES.contains(t) || AMBIGUOUS.contains(t) && onlyMarkersAfter(items, i + 1)
                            && !objectDone && !sourceNext(items, i + 1)) {
                        specs.add(spec("compound:prt", Set.of(t.toLowerCase(Locale.ROOT)), anchor));
                        i++;
                        continue;
                    }
                    if (t.equals("TO") && next != null && !DETERMINERS.contains(next) && isNounWord(next)) {
                        anchor = spec("xcomp", forms(next), anchor);
                        specs.add(anchor);
                        objectDone = false;
                        lastNoun = null;
                        i += 2;
                        continue;
                    }
                    if (isPreposition(t)) {
                        int end = phraseEnd(items, i + 1);
                        lastNoun = attach(t.toLowerCase(Locale.ROOT), items.subList(i + 1, end), anchor, lastNoun);
                        i = end;
                        continue;
                    }
                    if (DETERMINERS.contains(t) && i + 1 < items.size() && items.get(i + 1) instanceof Marker skip
                            && skip.c() == '^') {
                        // "* THEIR ^ ABOUT +": an object whatever its words, owned by "their" if the word says so.
                        if (objectDone) throw new Unmappable("a second object after the verb");
                        Spec object = spec(anchor == null ? verb.objectRelation() : "obj", Set.of(), anchor);
                        specs.add(object);
                        if (POSSESSIVES.contains(t)) {
                            specs.add(spec("nmod:poss", Set.of(t.toLowerCase(Locale.ROOT)), object));
                        }
                        lastNoun = object;
                        objectDone = true;
                        i += 2;
                        continue;
                    }
                    if (ADVERBS.contains(t) && !t.equals("MOST") && !t.equals("VERY")
                            && (i + 1 == items.size() || !isNounItem(items.get(i + 1)))) {
                        // "INDICATED WOULD * NOW": a short adverb after the verb modifies it ("act now"); it is
                        // no object. The degree words "most", "very" go with the word after them.
                        specs.add(spec("advmod", Set.of(t.toLowerCase(Locale.ROOT)), anchor));
                        i++;
                        continue;
                    }
                    if (UNPLACEABLE.contains(t) || t.equals("NOT") || t.equals("N'T") || t.equals("NEVER")) {
                        throw new Unmappable("word after the verb that cannot be placed (that, whether, and, not, ...)");
                    }
                }
                // A noun phrase: consecutive words and synsets, or {...}.
                List<Item> np = new ArrayList<>();
                boolean first = i == 0;
                if (it instanceof Phrase p) {
                    np.addAll(p.words());
                    i++;
                } else {
                    while (i < items.size() && isNounItem(items.get(i))) np.add(items.get(i++));
                }
                if (np.isEmpty()) throw new Unmappable("cannot place " + it);
                if (objectDone) throw new Unmappable("a second object after the verb");
                if (objectInComplement && first && anchor == null
                        && verb.base().isEmpty() && verb.objectRelation().equals("obj") && !verbGlued) {
                    anchor = spec("xcomp", Set.of(), null); // "vowed [to wage] war"
                    specs.add(anchor);
                    specs.add(spec("mark", Set.of("to"), anchor)); // an infinitive, not a clause the parser hung there
                    placedInComplement = true;
                }
                lastNoun = nounPhrase(np, anchor == null ? verb.objectRelation() : "obj", anchor);
                objectDone = true;
            }
            return specs;
        }

        private boolean prepositionSynset(Syn sy) {
            Set<String> l = synsets == null ? null : synsets.lemmas(sy.name());
            if (l == null || l.isEmpty()) return false;
            for (String m : l) if (!PREPOSITIONS.contains(m.toUpperCase(Locale.ROOT))) return false;
            return true;
        }

        /** "TO/FOR": every alternative a preposition. */
        private static boolean isPreposition(String t) {
            for (String part : t.split("/")) if (!PREPOSITIONS.contains(part)) return false;
            return !t.isEmpty();
        }

        private boolean isNounItem(Item it) {
            if (it instanceof Syn) return true;
            return it instanceof Word w && isNounWord(w.text());
        }

        private static boolean isNounWord(String t) {
            return !isPreposition(t) && !PARTICLES.contains(t) && !UNPLACEABLE.contains(t)
                    && !t.equals("NOT") && !t.equals("N'T") && !t.equals("NEVER") && !t.equals("TO");
        }

        /** "INDICATED *", "FAILED TO *", "HOSTING *", "BEGUN *": a verb form before the verb governs it. */
        private static boolean governing(String t) {
            return t.length() > 4 && (t.endsWith("ED") || t.endsWith("ING")) || IRREGULAR_PAST.contains(t);
        }

        /**
         * "INDICATED *", "SAID WOULD NOT *": a verb form that opens the pattern, with only auxiliaries, negation and
         * adverbs between it and the verb, is the verb whose clause the predicate is ({@link Step#GOVERNOR}).
         */
        private static boolean governorOfClause(List<Item> items, int i) {
            if (i != 0 || !(items.get(0) instanceof Word w) || w.glued()) return false;
            String t = w.text();
            if (!governing(t) && !t.equals("SAID") && !t.equals("SAYS") && !t.equals("TOLD")) return false;
            for (int k = 1; k < items.size(); k++) {
                if (items.get(k) instanceof Syn sy && !sy.glued()) continue; // a modifier of the verb, see mapPre
                // "NOTED + *": the target, the clause's subject, right before the verb
                if (k == items.size() - 1 && items.get(k) instanceof Marker m && m.c() == '+') continue;
                if (!(items.get(k) instanceof Word x) || x.glued()) return false;
                String u = x.text();
                if (!AUXILIARIES.containsKey(u) && !isAdverb(u) && !u.equals("NOT") && !u.equals("N'T")
                        && !u.equals("NEVER")) return false;
            }
            return true;
        }

        private static boolean isAdverb(String t) {
            return t.length() > 4 && t.endsWith("LY") || ADVERBS.contains(t);
        }

        /** "+ * IN $": the word before the source's marker is its preposition, not a particle ("give in"). */
        private boolean sourceNext(List<Item> items, int at) {
            return targetIsSubject && at < items.size() && items.get(at) instanceof Marker m && m.c() == '$';
        }

        private static boolean onlyMarkersAfter(List<Item> items, int from) {
            for (int k = from; k < items.size(); k++) if (!(items.get(k) instanceof Marker)) return false;
            return true;
        }

        private static boolean startsWithParticleOrDeterminer(Group g) {
            return !g.items().isEmpty() && g.items().get(0) instanceof Word w
                    && (PARTICLES.contains(w.text()) && !w.text().equals("OFF") || DETERMINERS.contains(w.text())
                    || w.text().equals("NO"));
        }

        /** Where a bare prepositional phrase ends: at the next preposition, particle, group or the end. */
        private int phraseEnd(List<Item> items, int from) {
            int k = from;
            while (k < items.size()) {
                Item it = items.get(k);
                if (it instanceof Group) break;
                if (it instanceof Word w && !isNounWord(w.text())) break;
                k++;
            }
            return k;
        }

        private Spec prepositionalOrParticle(Group g, Spec anchor, Spec lastNoun, boolean objectDone) {
            List<Item> items = g.items();
            if (items.isEmpty()) throw new Unmappable("empty ()");
            Item first = items.get(0);
            if (first instanceof Word w) {
                String t = w.text();
                String second = items.size() > 1 && items.get(1) instanceof Word nw ? nw.text() : null;
                if (second != null && TWO_WORD_PREPOSITIONS.containsKey(t + " " + second)) {
                    return attach(TWO_WORD_PREPOSITIONS.get(t + " " + second), items.subList(2, items.size()),
                            anchor, lastNoun);
                }
                if (PARTICLES.contains(t) && !t.equals("OFF") || t.equals("OFF") && items.size() > 1
                        && !objectDone) {
                    specs.add(spec("compound:prt", Set.of(t.toLowerCase(Locale.ROOT)), anchor));
                    List<Item> rest = items.subList(1, items.size());
                    if (rest.size() == 1 && rest.get(0) instanceof Phrase p) rest = p.words();
                    if (rest.isEmpty()) return lastNoun;
                    if (objectDone) throw new Unmappable("a second object after the verb");
                    return nounPhrase(rest, anchor == null ? verb.objectRelation() : "obj", anchor);
                }
                if (isPreposition(t)) {
                    return attach(t.toLowerCase(Locale.ROOT), items.subList(1, items.size()), anchor, lastNoun);
                }
                if (DETERMINERS.contains(t) || t.equals("NO")) {
                    if (objectDone) throw new Unmappable("a second object after the verb");
                    return nounPhrase(items, anchor == null ? verb.objectRelation() : "obj", anchor);
                }
            }
            throw new Unmappable("parenthesised group that does not start with a preposition");
        }

        /** A prepositional phrase before the verb hangs from the subject noun. */
        private void prepositional(Group g, Spec subject) {
            List<Item> items = g.items();
            if (items.isEmpty() || !(items.get(0) instanceof Word w) || !PREPOSITIONS.contains(w.text())) {
                throw new Unmappable("parenthesised group that does not start with a preposition");
            }
            String prep = w.text().toLowerCase(Locale.ROOT);
            Spec node = spec("nmod:" + prep, Set.of(), subject);
            phraseObject(items.subList(1, items.size()), node);
        }

        /**
         * "of" after a noun hangs from the noun (nmod:of); every other preposition from the verb (obl:prep), or from
         * the noun too when {@link #prepositionsOnNoun}.
         */
        private Spec attach(String prep, List<Item> content, Spec anchor, Spec lastNoun) {
            boolean ofNoun = (prep.equals("of") || prepositionsOnNoun) && lastNoun != null;
            List<String> rels = new ArrayList<>();
            for (String p : prep.split("/")) rels.add((ofNoun ? "nmod:" : "obl:") + p);
            Spec parent = ofNoun ? lastNoun : anchor;
            Spec node = phraseObject(content, new Spec(rels, Set.of(), parent));
            return node.lemmas().isEmpty() ? lastNoun : node;
        }

        /** Fills the object of a preposition into {@code node}; an empty phrase or only + ^ means any word. */
        private Spec phraseObject(List<Item> content, Spec node) {
            List<Item> np = new ArrayList<>();
            boolean phraseSeen = false;
            boolean compound = false;
            for (Item it : content) {
                if (it instanceof Marker m) {
                    if (m.c() == '$') {
                        // "FROM $": the phrase's noun is the source, whatever its words; only with the target
                        // before the verb, where the subject is then the target.
                        if (!targetIsSubject || sourceSpec != null || !np.isEmpty() || content.size() != 1) {
                            throw new Unmappable("source ($) after the verb: Dyad takes the subject as source");
                        }
                        node.source = true;
                        sourceSpec = node;
                        continue;
                    }
                    if (m.c() == '%') {
                        // "* WITH %": the phrase names several parties ("agrees with France and the Philippines").
                        if (!np.isEmpty() || phraseSeen) throw new Unmappable("compound actor (%) after a noun");
                        compound = true;
                    }
                    if (!np.isEmpty()) phraseSeen = true;
                    continue;
                }
                if (it instanceof Phrase p) {
                    if (!np.isEmpty() || phraseSeen) throw new Unmappable("two noun phrases in one prepositional phrase");
                    np.addAll(p.words());
                    phraseSeen = true;
                    continue;
                }
                if (it instanceof Group) throw new Unmappable("nested parentheses");
                if (phraseSeen) throw new Unmappable("two noun phrases in one prepositional phrase");
                np.add(it);
            }
            if (np.isEmpty()) {
                specs.add(node);
                if (compound) specs.add(spec("conj", Set.of(), node));
                return node;
            }
            if (compound) throw new Unmappable("compound actor (%) with a noun");
            return nounPhrase(np, node.relations(), node.parent());
        }

        /** Head last; words before it are modifiers (amod or compound), articles dropped, "no" as det. */
        private Spec nounPhrase(List<Item> words, String relation, Spec parent) {
            return nounPhrase(words, List.of(relation), parent);
        }

        private Spec nounPhrase(List<Item> words, List<String> relations, Spec parent) {
            List<Item> content = new ArrayList<>();
            boolean no = false;
            for (Item it : words) {
                if (it instanceof Word w) {
                    if (DETERMINERS.contains(w.text())) continue;
                    if (w.text().equals("NO")) {
                        no = true;
                        continue;
                    }
                    if (w.text().equals("AND") || w.text().equals("OR")) {
                        throw new Unmappable("coordination inside a phrase");
                    }
                    if (!isNounWord(w.text())) throw new Unmappable("preposition or particle inside a noun phrase");
                }
                content.add(it);
            }
            if (content.isEmpty()) throw new Unmappable("noun phrase with no noun");
            // Modifiers joined to the head by _ (GOLDEN_GOBLIN_GALLEONS) are placed by word order, not by
            // dependency (see joints): the parser may hang "golden" from "goblin" rather than the head.
            int joined = content.size() - 1;
            while (joined > 0 && glued(content.get(joined - 1))) joined--;
            if (joined > 2) throw new Unmappable("noun phrase with more than two modifiers");
            Item last = content.get(content.size() - 1);
            Spec head = new Spec(relations, lemmas(last), parent, asWritten(last));
            specs.add(head);
            specOf.put(content.get(content.size() - 1), head);
            for (Item m : content.subList(0, joined)) {
                Spec modifier = new Spec(List.of("amod", "compound"), lemmas(m), head, asWritten(m));
                specs.add(modifier);
                specOf.put(m, modifier);
            }
            if (no) specs.add(spec("det", Set.of("no"), head));
            return head;
        }

        private Set<String> lemmas(Item it) {
            if (it instanceof Syn s) {
                Set<String> l = synsets == null ? null : synsets.lemmas(s.name());
                if (l == null || l.isEmpty()) throw new Unmappable("empty or undefined synset &" + s.name());
                return l;
            }
            if (it instanceof Word w) {
                // As written: PETRARCH matches a pattern's words literally, so "EFFORT" is not "efforts".
                Set<String> out = new LinkedHashSet<>();
                for (String alt : w.text().split("/")) {
                    if (!alt.isEmpty()) out.addAll(w.asWritten() ? Set.of(written(alt)) : forms(alt));
                }
                return out;
            }
            throw new Unmappable("cannot place " + describe(it));
        }

        private static boolean asWritten(Item it) {
            return it instanceof Word w && w.asWritten();
        }

        private static Spec spec(String relation, Set<String> lemmas, Spec parent) {
            return new Spec(List.of(relation), lemmas, parent);
        }

        private static String describe(Item it) {
            if (it instanceof Word w) return w.text();
            if (it instanceof Syn s) return "&" + s.name();
            if (it instanceof Marker m) return String.valueOf(m.c());
            return it.getClass().getSimpleName();
        }
    }
}
