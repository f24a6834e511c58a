package org.servicehall.ui.support;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A history entry's summary in the reader's language. The history stores each step's summary once,
 * as the step wrote it: codes (channel, category, urgency, outcome, …), times in UTC and the words
 * staff typed. This reads the codes of the steps that write them and puts their labels from the
 * staff bundle in their place; the typed words stay as they are. A summary that does not have the
 * shape its step writes (free text, or an entry written before a shape changed) is shown unchanged.
 */
public final class HistorySummaries {

    private static final String CODE = "([A-Z][A-Z0-9_]*)";
    private static final String TIME = "(\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z|-)";

    /** The shape each step writes its summary in (see Complaint), and how to say it. */
    private static final Map<String, Shape> SHAPES = Map.ofEntries(
            Map.entry("FILED", new Shape("channel " + CODE + ", category " + CODE,
                    (m, t) -> t.text("history.summary.filed", t.label("channel", m.group(1)), t.category(m.group(2))))),
            Map.entry("TRIAGED", new Shape(CODE + ", " + CODE + ", " + CODE + "(, major)?(?:, emergency: (.*))?",
                    (m, t) -> t.join(t.text("history.summary.triaged", t.category(m.group(1)), t.label("urgency", m.group(2)),
                                    t.label("severity", m.group(3))),
                            m.group(4) == null ? null : t.text("history.summary.major"),
                            m.group(5) == null ? null : t.text("history.summary.emergency", m.group(5))))),
            Map.entry("FINDING_RECORDED", new Shape(CODE + ", " + CODE + "(?: \\((.*?)\\))?(?:: (.*))?",
                    (m, t) -> t.join(t.text("history.summary.finding", t.label("outcome", m.group(1)),
                                    m.group(3) == null ? t.label("cause", m.group(2)) : t.label("cause", m.group(2)) + " (" + m.group(3) + ")"),
                            m.group(4) == null ? null : t.text("history.summary.findingParts", m.group(4))))),
            Map.entry("NOTE_ADDED", new Shape("(" + CODE.substring(1, CODE.length() - 1) + "|follow-up): (.*)",
                    (m, t) -> t.text("history.summary.labelled",
                            "follow-up".equals(m.group(1)) ? t.text("history.summary.followUp") : t.label("noteKind", m.group(1)),
                            m.group(2)))),
            Map.entry("MEASURE_RECORDED", new Shape(CODE + ": (.*)",
                    (m, t) -> t.text("history.summary.labelled", t.label("measureKind", m.group(1)), m.group(2)))),
            Map.entry("EVIDENCE_ADDED", new Shape("(from complainant: )?(.*) sha256=([0-9a-f]{12})[0-9a-f]*",
                    (m, t) -> t.text(m.group(1) == null ? "history.summary.evidence" : "history.summary.evidenceFromComplainant",
                            m.group(2), m.group(3)))),
            Map.entry("EXTENSION_REQUESTED", new Shape(CODE + " " + TIME + " → " + TIME + "(?:: (.*))?", HistorySummaries::extension)),
            Map.entry("EXTENSION_APPROVED", new Shape(CODE + " " + TIME + " → " + TIME + "(?:: (.*))?", HistorySummaries::extension)),
            Map.entry("EXTENSION_REJECTED", new Shape(CODE + " " + TIME + " → " + TIME + "(?:: (.*))?", HistorySummaries::extension)),
            Map.entry("FEEDBACK_GIVEN", new Shape("(" + CODE + ")?, (" + CODE + ")?",
                    (m, t) -> t.text("history.summary.feedback", t.label("feedbackMethod", m.group(2)),
                            t.label("satisfaction", m.group(4))))),
            Map.entry("RATED", new Shape(CODE + "(?:: (.*))?",
                    (m, t) -> m.group(2) == null ? t.label("satisfaction", m.group(1))
                            : t.text("history.summary.labelled", t.label("satisfaction", m.group(1)), m.group(2)))),
            Map.entry("URGENCY_RAISED", new Shape(CODE + " → " + CODE + ": (.*)",
                    (m, t) -> t.text("history.summary.changed", t.label("urgency", m.group(1)), t.label("urgency", m.group(2)),
                            m.group(3)))),
            Map.entry("APPEALED", new Shape("round (\\d+): (.*)",
                    (m, t) -> t.text("history.summary.appealed", Integer.parseInt(m.group(1)), m.group(2)))),
            Map.entry("HANDLING_COMPLETED", new Shape("(\\d+) measure\\(s\\)",
                    (m, t) -> t.text("history.summary.measures", Integer.parseInt(m.group(1))))),
            Map.entry("DUPLICATE_FLAGGED", new Shape(CODE + " (\\S+)",
                    (m, t) -> t.text("history.summary.labelled", t.label("duplicateReason", m.group(1)), m.group(2)))));

    private HistorySummaries() {
    }

    /**
     * @param action the step ({@code HistoryAction} name)
     * @param summary what the step stored; {@code null} stays {@code null}
     * @param categoryLabel a category's label in {@code locale} by its code (the code when unknown)
     * @param zone the hall's time zone, for the times a summary holds
     */
    public static String label(String action, String summary, Locale locale, Function<String, String> categoryLabel,
                               ZoneId zone) {
        Shape shape = summary == null ? null : SHAPES.get(action);
        if (shape == null) {
            return summary;
        }
        Matcher matcher = shape.pattern.matcher(summary);
        if (!matcher.matches()) {
            return summary;
        }
        try {
            return shape.words.say(matcher, new Texts(locale, categoryLabel, zone));
        } catch (RuntimeException unexpected) {
            return summary;
        }
    }

    private static String extension(Matcher m, Texts t) {
        String moved = t.text("history.summary.moved", t.label("stage", m.group(1)), t.time(m.group(2)), t.time(m.group(3)));
        return m.group(4) == null ? moved : t.text("history.summary.labelled", moved, m.group(4));
    }

    private record Shape(Pattern pattern, Words words) {
        Shape(String regex, Words words) {
            this(Pattern.compile(regex, Pattern.DOTALL), words);
        }
    }

    @FunctionalInterface
    private interface Words {
        String say(Matcher matched, Texts texts);
    }

    /** The reader's bundle, category labels and time zone. */
    private record Texts(Locale locale, Function<String, String> categoryLabel, ZoneId zone) {

        private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        String text(String key, Object... args) {
            return Messages.staff(locale, key, args);
        }

        /** The label of a code, e.g. {@code urgency.URGENT}; the code itself when the bundle has none. */
        String label(String kind, String code) {
            if (code == null) {
                return "—";
            }
            String key = kind + "." + code;
            String label = Messages.staff(locale, key);
            return key.equals(label) ? code : label;
        }

        String category(String code) {
            String label = categoryLabel.apply(code);
            return label == null || label.isBlank() ? code : label;
        }

        String time(String utc) {
            if ("-".equals(utc)) {
                return "—";
            }
            try {
                return MINUTES.format(Instant.parse(utc).atZone(zone));
            } catch (DateTimeException e) {
                return utc;
            }
        }

        String join(String... parts) {
            List<String> present = new ArrayList<>();
            for (String part : parts) {
                if (part != null) {
                    present.add(part);
                }
            }
            return String.join(text("history.summary.separator"), present);
        }
    }
}
