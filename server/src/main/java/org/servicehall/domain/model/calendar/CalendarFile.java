package org.servicehall.domain.model.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one year's holiday schedule, one setting per line:
 *
 * <pre>
 * # comment
 * year=2026
 * status=official                      (or provisional)
 * source=国务院办公厅关于2026年部分节假日安排的通知
 * holiday=2026-01-01..2026-01-03 元旦   (a range or a single date, then an optional name)
 * workday=2026-01-04 元旦调休            (a Saturday or Sunday that is worked)
 * </pre>
 *
 * <p>Blank lines and lines whose first non-blank character is {@code #} are ignored; a {@code #}
 * later in a line is part of the value. Blanks around keys and values do not matter, and a
 * leading byte order mark is skipped. {@code year}, {@code status} and {@code source} must each
 * appear exactly once, {@code year} before any {@code holiday} or {@code workday}. Every date lies
 * in the declared year, a range's end is not before its start, no date is listed twice, no date is
 * both a holiday and a workday, and every workday is a Saturday or Sunday (a holiday may fall on
 * any day). {@code workday} takes ranges too, as long as every date in it is on a weekend.
 *
 * <p>Errors throw {@link IllegalArgumentException} with the line number and the problem, e.g.
 * {@code "line 7: workday 2026-01-05 is a MONDAY, not a Saturday or Sunday"}.
 */
public final class CalendarFile {

    private static final Pattern DAYS = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:\\s*\\.\\.\\s*(\\d{4}-\\d{2}-\\d{2}))?(?:\\s+(.*))?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private CalendarFile() {
    }

    /**
     * Parses a whole file. The reader is read to its end but not closed.
     *
     * @throws IllegalArgumentException naming the line and the problem, if the text is not a valid
     *                                  calendar file
     * @throws UncheckedIOException     if the reader fails
     */
    public static CalendarYear parse(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        Parser parser = new Parser();
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                parser.line(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parser.finish();
    }

    /** The state of one parse. */
    private static final class Parser {

        private int lineNumber;
        private Integer year;
        private CalendarYear.Status status;
        private String source;
        private final Map<LocalDate, String> holidays = new TreeMap<>();
        private final Map<LocalDate, String> workdays = new TreeMap<>();
        private final Map<LocalDate, Integer> listedOn = new TreeMap<>();

        void line(String raw) {
            lineNumber++;
            String line = lineNumber == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                return;
            }
            int equals = text.indexOf('=');
            if (equals < 0) {
                throw error("expected key=value, found \"" + text + "\"");
            }
            String key = text.substring(0, equals).strip();
            String value = text.substring(equals + 1).strip();
            switch (key) {
                case "year" -> year(value);
                case "status" -> status(value);
                case "source" -> source(value);
                case "holiday" -> days(value, "holiday", holidays);
                case "workday" -> days(value, "workday", workdays);
                default -> throw error("unknown key \"" + key
                        + "\" (expected year, status, source, holiday or workday)");
            }
        }

        private void year(String value) {
            if (year != null) {
                throw error("year is declared twice");
            }
            if (!YEAR.matcher(value).matches()) {
                throw error("year must be four digits, found \"" + value + "\"");
            }
            year = Integer.valueOf(value);
        }

        private void status(String value) {
            if (status != null) {
                throw error("status is declared twice");
            }
            switch (value.toLowerCase(Locale.ROOT)) {
                case "official" -> status = CalendarYear.Status.OFFICIAL;
                case "provisional" -> status = CalendarYear.Status.PROVISIONAL;
                default -> throw error("status must be official or provisional, found \"" + value + "\"");
            }
        }

        private void source(String value) {
            if (source != null) {
                throw error("source is declared twice");
            }
            if (value.isEmpty()) {
                throw error("source is empty");
            }
            source = value;
        }

        private void days(String value, String kind, Map<LocalDate, String> into) {
            if (year == null) {
                throw error(kind + " before year=; declare the year first");
            }
            Matcher matcher = DAYS.matcher(value);
            if (!matcher.matches()) {
                throw error(kind + " must be a date (yyyy-mm-dd) or a range (yyyy-mm-dd..yyyy-mm-dd)"
                        + " followed by an optional name, found \"" + value + "\"");
            }
            LocalDate first = date(matcher.group(1));
            LocalDate last = matcher.group(2) == null ? first : date(matcher.group(2));
            String name = matcher.group(3) == null ? "" : matcher.group(3).strip();
            for (LocalDate day : new LocalDate[] {first, last}) {
                if (day.getYear() != year) {
                    throw error(kind + " " + day + " is not in the declared year " + year);
                }
            }
            if (last.isBefore(first)) {
                throw error("range " + first + ".." + last + " ends before it starts");
            }
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                Integer earlier = listedOn.get(day);
                if (earlier != null) {
                    String other = holidays.containsKey(day) ? "holiday" : "workday";
                    throw error(other.equals(kind)
                            ? day + " is listed twice as a " + kind + " (also on line " + earlier + ")"
                            : day + " cannot be both a holiday and a workday (it is a " + other
                                    + " on line " + earlier + ")");
                }
                if (kind.equals("workday")) {
                    DayOfWeek dayOfWeek = day.getDayOfWeek();
                    if (dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY) {
                        throw error("workday " + day + " is a " + dayOfWeek + ", not a Saturday or Sunday");
                    }
                }
                into.put(day, name);
                listedOn.put(day, lineNumber);
            }
        }

        private LocalDate date(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error("not a valid date: " + text);
            }
        }

        CalendarYear finish() {
            if (year == null) {
                throw endError("year");
            }
            if (status == null) {
                throw endError("status");
            }
            if (source == null) {
                throw endError("source");
            }
            return new CalendarYear(year, status, source, new TreeMap<>(holidays), new TreeMap<>(workdays));
        }

        private IllegalArgumentException error(String problem) {
            return new IllegalArgumentException("line " + lineNumber + ": " + problem);
        }

        private IllegalArgumentException endError(String key) {
            return new IllegalArgumentException(
                    "line " + lineNumber + " (end of file): " + key + "= is missing");
        }
    }
}
