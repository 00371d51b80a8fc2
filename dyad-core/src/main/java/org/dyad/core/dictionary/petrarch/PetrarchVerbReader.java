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
import org.dyad.core.dictionary.petrarch.PatternSyntax.Item;
import org.dyad.core.dictionary.petrarch.PatternSyntax.Word;
import org.dyad.core.dictionary.petrarch.PatternSyntax.Syn;
import org.dyad.core.dictionary.petrarch.PatternSyntax.Marker;
import org.dyad.core.dictionary.petrarch.PatternSyntax.Phrase;
import org.dyad.core.dictionary.petrarch.PatternSyntax.Group;
import org.dyad.core.dictionary.petrarch.PatternMapper.Spec;
import org.dyad.core.dictionary.petrarch.PatternMapper.Verb;
import static org.dyad.core.dictionary.petrarch.PatternWords.PARTICLES;
import static org.dyad.core.dictionary.petrarch.PatternWords.AMBIGUOUS;
import static org.dyad.core.dictionary.petrarch.PatternWords.PREPOSITIONS;
import static org.dyad.core.dictionary.petrarch.PatternWords.AUXILIARIES;

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

    private PetrarchVerbReader() {}

    public static List<VerbPattern> read(java.nio.file.Path file, LoadReport.Builder report) {
        return read(PetrarchText.read(file), report);
    }

    public static List<VerbPattern> read(String name, String text, LoadReport.Builder report) {
        return read(PetrarchText.of(name, text), report);
    }

    // ---------------------------------------------------------------- pass 1: blocks, verbs, patterns, synsets

    private static final class Block {
        final String name;
        final String code;
        final int line;
        final List<DictionaryLine> verbs = new ArrayList<>();
        final List<DictionaryLine> patterns = new ArrayList<>();

        Block(String name, String code, int line) {
            this.name = name;
            this.code = code;
            this.line = line;
        }
    }

    static List<VerbPattern> read(PetrarchText text, LoadReport.Builder report) {
        String file = text.file();
        Map<String, List<DictionaryLine>> synsetLines = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        Block block = null;
        List<DictionaryLine> synset = null;
        for (PetrarchText.Line line : text.lines()) {
            if (line.isBlank()) continue;
            String t = line.text().strip();
            DictionaryLine src = new DictionaryLine(line.number(), t, line.raw());
            Matcher h = HEADER.matcher(t);
            if (h.matches()) {
                block = new Block(h.group(1), h.group(2).trim(), line.number());
                blocks.add(block);
                synset = null;
                report.count("verbs.blocks");
            } else if (t.startsWith("&")) {
                synset = new ArrayList<>();
                synsetLines.put(Synsets.name(t.split("\\s+")[0].substring(1)), synset);
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

    // ---------------------------------------------------------------- verbs of a block

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
        for (DictionaryLine v : b.verbs) {
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
                List<List<Path>> alternatives = PatternMapper.expand(verb.base());
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
        for (DictionaryLine p : b.patterns) {
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
                for (List<Item> items : auxiliaryVariants(PatternSyntax.parse(PatternSyntax.lex(pattern, synsets)), synsets)) {
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
            PatternMapper mapper = new PatternMapper(synsets, verb, PatternMapper.Reading.OBJECT_IN_COMPLEMENT);
            specs.addAll(mapper.map(items));
            if (mapper.placedInComplement()) for (List<Path> alt : PatternMapper.expand(specs)) if (!out.contains(alt)) out.add(alt);
        } catch (Unmappable e) {
            // the object stands only on the verb
        }
        return out;
    }

    private static List<List<Path>> conditions(Verb verb, List<Item> items, Synsets synsets, boolean onNoun) {
        List<Spec> specs = new ArrayList<>(verb.base());
        PatternMapper mapper = new PatternMapper(synsets, verb,
                onNoun ? PatternMapper.Reading.PREPOSITIONS_ON_NOUN : PatternMapper.Reading.AS_WRITTEN);
        specs.addAll(mapper.map(items));
        if (!verb.objectRelation().equals("obj")) {
            // "ask for" + "- * EXTRADITION": the object of the preposition replaces its any-word step.
            boolean used = specs.stream().anyMatch(s -> s.relations().get(0).equals(verb.objectRelation())
                    && !s.lemmas().isEmpty());
            if (used) specs.removeIf(s -> s.relations().get(0).equals(verb.objectRelation())
                    && s.lemmas().isEmpty() && s.parent() == null);
        }
        return PatternMapper.expand(specs);
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
            at = new Spec(List.of(Step.NEXT_WORD), PatternWords.forms(w), at);
            base.add(at);
        }
        return new Verb(words.get(0).toLowerCase(Locale.ROOT), base, "obj", verb.code(), verb.src());
    }

    private static Verb verb(DictionaryLine v, LoadReport.Builder report) {
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
        List<Spec> base = new PatternMapper(null, bare, PatternMapper.Reading.AS_WRITTEN).mapPost(items);
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
            at = new Spec(List.of(Step.PREVIOUS_WORD), PatternWords.forms(words.get(k)), at);
            out.add(at);
        }
        return out;
    }
}
