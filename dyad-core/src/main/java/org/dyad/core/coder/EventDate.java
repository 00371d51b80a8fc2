package org.dyad.core.coder;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.model.DateBasis;
import org.dyad.core.model.Modality;
import org.dyad.core.model.Timex;

/**
 * An event's date and how it was found. Resolves TIMEX3 values ("2022-01-10", "2014", "2021-12-27TNI",
 * "XXXX-01-10") against the document date, respecting what the sentence says of the event: a planned event's
 * "Jan. 10" is the next Jan 10, a past event's is the last one.
 */
record EventDate(LocalDate date, DateBasis basis, String precision) {
    private static final Pattern ISO = Pattern.compile("^(\\d{4}|XXXX)(?:-(\\d{2}))?(?:-(\\d{2}))?");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b\\d{4}\\b");

    static EventDate ofDocument(LocalDate documentDate) {
        return new EventDate(documentDate, DateBasis.DOCUMENT, "day");
    }

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(last|next|this|coming|past)?\\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    /**
     * "Tuesday", "late on Monday", "last Friday": news names the weekday nearest the story, before it for what
     * happened and after it for what is planned. Resolved here rather than by SUTime, whose choice of week
     * depends on the tense it guesses and on the expressions it saw before in the same document.
     */
    private static EventDate weekday(String text, LocalDate documentDate, Modality modality) {
        Matcher m = WEEKDAY.matcher(text.toLowerCase(java.util.Locale.ROOT));
        if (!m.find() || WRITTEN_YEAR.matcher(text).find() || text.matches(".*\\d.*")) return null;
        java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(m.group(2).toUpperCase(java.util.Locale.ROOT));
        String which = m.group(1);
        boolean future = "next".equals(which) || "coming".equals(which)
                || (which == null || which.equals("this")) && (modality == Modality.PLANNED || modality == Modality.HYPOTHETICAL);
        LocalDate date = future
                ? documentDate.with(java.time.temporal.TemporalAdjusters.nextOrSame(day))
                : documentDate.with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
        if ("last".equals(which) || "past".equals(which)) {
            date = documentDate.with(java.time.temporal.TemporalAdjusters.previous(day));
        }
        return new EventDate(date, DateBasis.TEXT, "day");
    }

    /** The date a temporal expression gives, or null when it is not a calendar date (a duration, "now"). */
    static EventDate resolve(Timex timex, LocalDate documentDate, Modality modality) {
        if (timex.value() == null || !(timex.type().equals("DATE") || timex.type().equals("TIME"))) return null;
        EventDate weekday = weekday(timex.text(), documentDate, modality);
        if (weekday != null) return weekday;
        String v = timex.value();
        Matcher w = WEEK.matcher(v);
        if (w.find()) {
            LocalDate d = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
                    .with(java.time.DayOfWeek.MONDAY);
            return new EventDate(d, DateBasis.TEXT, "week");
        }
        Matcher m = ISO.matcher(v);
        if (!m.find()) return null;
        boolean yearKnown = !m.group(1).equals("XXXX");
        int year = yearKnown ? Integer.parseInt(m.group(1)) : documentDate.getYear();
        // SUTime reads centuries and odd numbers as years ("19th century", "3925"); news events lie near the story.
        if (year < 1800 || year > documentDate.getYear() + 30) return null;
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        String precision = m.group(2) == null ? "year" : m.group(3) == null ? "month" : "day";
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) return null;
        LocalDate date = LocalDate.of(year, month, day);
        boolean yearWritten = WRITTEN_YEAR.matcher(timex.text()).find();
        if (!yearWritten && !precision.equals("year")) {
            // A date without a written year is the nearest one in the direction the event lies.
            if (modality == Modality.PLANNED && date.isBefore(documentDate)) date = date.plusYears(1);
            else if (modality == Modality.ASSERTED && date.isAfter(documentDate.plusDays(1)) && precision.equals("day")
                    && date.minusYears(1).isBefore(documentDate)) date = date.minusYears(1);
        }
        return new EventDate(date, DateBasis.TEXT, precision);
    }
}
