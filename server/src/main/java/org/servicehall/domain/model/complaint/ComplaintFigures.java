package org.servicehall.domain.model.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.model.calendar.Urgency;

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

    /** What the statistics count {@code complaint} as now. */
    public static ComplaintFigures of(Complaint complaint) {
        Set<Figure> figures = new HashSet<>();
        count(figures, TOTAL, NONE);
        count(figures, STATUS, complaint.status().name());
        count(figures, CATEGORY, complaint.category().code());
        count(figures, CHANNEL, complaint.channel().code());
        count(figures, URGENCY, complaint.urgency().name());
        complaint.investigation().assignment().ifPresent(a -> count(figures, DEPARTMENT, a.departmentName()));
        complaint.investigation().finding().ifPresent(finding -> {
            count(figures, FINDING, NONE);
            if (finding.outcome() != Finding.Outcome.NOT_SUBSTANTIATED) {
                count(figures, SUBSTANTIATED, NONE);
            }
            if (finding.cause() != null) {
                count(figures, CAUSE, finding.cause().name());
            }
        });
        complaint.handling().feedback().flatMap(Feedback::satisfaction).ifPresent(s -> count(figures, SATISFACTION, s.name()));
        if (complaint.aftercare().appealRound().number() > 0) {
            count(figures, APPEALED, NONE);
        }
        Deadlines deadlines = complaint.deadlines();
        if (complaint.oversight().supervision().isOn() || complaint.urgency() == Urgency.EMERGENCY) {
            count(figures, ESCALATED, NONE);
            if (complaint.status().isOpen() && deadlines != null && deadlines.current().isPresent()) {
                count(figures, OPEN_ESCALATED, NONE);
            }
        }
        if (deadlines != null) {
            for (Stage stage : Stage.values()) {
                Instant done = deadlines.done(stage).orElse(null);
                Instant due = deadlines.due(stage).orElse(null);
                if (done != null && due != null) {
                    count(figures, DONE, stage.name());
                    if (done.isAfter(due)) {
                        count(figures, LATE, NONE);
                    } else {
                        count(figures, ON_TIME, stage.name());
                    }
                }
            }
        }
        return new ComplaintFigures(complaint.receivedDay(), figures);
    }

    private static void count(Set<Figure> figures, String name, String code) {
        if (code != null) {
            figures.add(new Figure(name, code));
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
