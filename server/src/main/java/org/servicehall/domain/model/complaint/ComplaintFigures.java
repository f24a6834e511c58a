package org.servicehall.domain.model.complaint;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the statistics count one complaint as, on its day of receipt: one of the complaints of the
 * day ({@link #TOTAL}), one of its status, category, channel and so on. The statistics of a period
 * are the sums of these figures over its complaints, so they are kept as counts per day and figure
 * that each stored step moves by the difference between the complaint's figures before and after it.
 *
 * @param day     the day of receipt in the hall's time zone (never changes)
 * @param figures each figure the complaint counts once towards
 */
public record ComplaintFigures(LocalDate day, Set<Figure> figures) {

    /** Every complaint; code {@link #NONE}. */
    public static final String TOTAL = "TOTAL";
    public static final String STATUS = "STATUS";
    public static final String CATEGORY = "CATEGORY";
    public static final String CHANNEL = "CHANNEL";
    /** By the assigned department's name, as the statistics always grouped it. */
    public static final String DEPARTMENT = "DEPARTMENT";
    public static final String CAUSE = "CAUSE";
    public static final String URGENCY = "URGENCY";
    public static final String SATISFACTION = "SATISFACTION";
    /** A finding was recorded. */
    public static final String FINDING = "FINDING";
    /** A finding other than "not substantiated" was recorded. */
    public static final String SUBSTANTIATED = "SUBSTANTIATED";
    /** Appealed at least once. */
    public static final String APPEALED = "APPEALED";
    /** Per stage (code: the stage): done, with a deadline. */
    public static final String DONE = "DONE";
    /** Per stage (code: the stage): done by its deadline. */
    public static final String ON_TIME = "ON_TIME";
    /** Supervised, or of emergency urgency. */
    public static final String ESCALATED = "ESCALATED";
    /**
     * Open with a running deadline, and supervised or of emergency urgency: the escalated queue.
     * Summed over every day, it is that queue's length now.
     */
    public static final String OPEN_ESCALATED = "OPEN_ESCALATED";
    /** A stage was done after its deadline. */
    public static final String LATE = "LATE";
    /** The code of figures that have none. */
    public static final String NONE = "-";

    public ComplaintFigures {
        Objects.requireNonNull(day);
        figures = Set.copyOf(figures);
    }

    /** A figure and its code (a status, a category code, ...; {@link #NONE} for figures without one). */
    public record Figure(String name, String code) {

        public Figure {
            Objects.requireNonNull(name);
            Objects.requireNonNull(code);
        }
    }

    /**
     * How the counts of the day move when a complaint counted as {@code before} (null: not counted
     * yet) becomes {@code after}: −1 for each figure it leaves, +1 for each it enters.
     */
    public static Map<Figure, Integer> change(ComplaintFigures before, ComplaintFigures after) {
        if (before != null && !before.day.equals(after.day)) {
            throw new IllegalArgumentException("a complaint's day of receipt never changes");
        }
        Map<Figure, Integer> change = new LinkedHashMap<>();
        if (before != null) {
            before.figures.stream().filter(f -> !after.figures.contains(f)).forEach(f -> change.put(f, -1));
        }
        after.figures.stream().filter(f -> before == null || !before.figures.contains(f)).forEach(f -> change.put(f, 1));
        return change;
    }
}
