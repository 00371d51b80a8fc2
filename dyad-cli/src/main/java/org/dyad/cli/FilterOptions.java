package org.dyad.cli;

import java.time.LocalDate;
import org.dyad.store.Dyad;
import org.dyad.store.EventFilter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The event filter of {@code dyad events}, {@code series} and {@code export}: the options that build dyad-store's
 * {@link EventFilter}, the one {@code dyad serve} builds from the same names, so a command line and a dashboard
 * view with the same values pick the same events.
 */
final class FilterOptions {
    /** {@code --modality all}: every modality, for commands whose default is one. */
    static final String ALL = "all";

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = OptionValues.IsoDate.class, description = "First event date.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = OptionValues.IsoDate.class, description = "Last event date (inclusive).")
    LocalDate to;

    @Option(names = "--dyad", paramLabel = "A:B|A>B", converter = DyadSpec.class,
            description = "Two actors: USA:RUS both directions, USA>RUS USA the source, * any actor (USA:*).")
    Dyad dyad;

    @Option(names = "--source", paramLabel = "CODE", description = "Source actor code (prefix), e.g. RUS or USAGOV.")
    String source;

    @Option(names = "--target", paramLabel = "CODE", description = "Target actor code (prefix).")
    String target;

    @Option(names = "--cameo", paramLabel = "CODE", converter = OptionValues.CameoCode.class, description = "CAMEO code (prefix), e.g. 19 or 1312.")
    String cameo;

    @Option(names = "--quad", paramLabel = "1-4", converter = QuadClass.class,
            description = "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.")
    Integer quad;

    @Option(names = "--plover", paramLabel = "TYPE", description = "PLOVER event type, e.g. THREATEN.")
    String plover;

    @Option(names = "--modality", paramLabel = "M", converter = ModalityOrAll.class,
            description = "asserted, negated, planned, hypothetical, or all.")
    String modality;

    @Option(names = "--text", paramLabel = "WORDS", description = "Words the sentence contains (any case).")
    String text;

    /** The filter, with {@code defaultModality} (or null for all) when --modality is not given. */
    EventFilter filter(String defaultModality) {
        String m = modality == null ? defaultModality : ALL.equals(modality) ? null : modality;
        return new EventFilter(from, to, dyad, source, target, cameo, quad, plover, m, text);
    }

    static final class DyadSpec implements ITypeConverter<Dyad> {
        @Override
        public Dyad convert(String value) {
            try {
                return Dyad.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class QuadClass implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            if (!value.strip().matches("[1-4]")) throw new TypeConversionException("'" + value + "' is not a QuadClass (1 to 4)");
            return Integer.valueOf(value.strip());
        }
    }

    static final class ModalityOrAll implements ITypeConverter<String> {
        @Override
        public String convert(String value) throws Exception {
            return ALL.equalsIgnoreCase(value.strip()) ? ALL : new OptionValues.ModalityName().convert(value);
        }
    }
}
