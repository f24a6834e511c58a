package org.servicehall.application.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.UncheckedDetails;
import org.servicehall.domain.model.category.Category;
import org.servicehall.domain.model.category.Field;
import org.servicehall.domain.model.complaint.FilingDetail;

/**
 * The checked details of a filing ({@link UncheckedDetails} that passed): the common problems
 * tapped and the extra answers, as the complaint keeps them ({@link FilingDetail.Given}), plus whom
 * it concerns and when it happened. Also writes them into the description in the hall's language,
 * so that every staff screen that shows the description shows what the citizen tapped. The window number is also kept on its own (digits), for counting
 * complaints about one window.
 */
record CheckedDetails(List<FilingDetail.Given> given, String staffOrWindow, String windowNumber, LocalDate incidentDay) {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,8}");
    /** How far back a citizen may date an incident: about a year. */
    private static final int OLDEST_DAYS = 366;

    static final CheckedDetails NONE = new CheckedDetails(List.of(), null, null, null);

    CheckedDetails {
        given = List.copyOf(given);
    }

    /** Checks the details against the category; adds a violation for each problem and returns what passed. */
    static CheckedDetails check(UncheckedDetails details, Category category, LocalDate today, List<FieldViolation> violations) {
        List<FilingDetail.Given> given = new ArrayList<>();
        Set<String> picked = new LinkedHashSet<>(details.quickPicks());
        for (String code : picked) {
            Optional<Category.QuickPick> pick = category.quickPick(code);
            if (pick.isEmpty()) {
                violations.add(FieldViolation.of("quickPicks", "unknown", code));
            } else {
                given.add(FilingDetail.Given.quickPick(code, pick.get().labelZh(), pick.get().labelEn()));
            }
        }
        for (Map.Entry<String, String> answer : details.answers().entrySet()) {
            if (category.field(answer.getKey()).isEmpty()) {
                violations.add(FieldViolation.of("answers." + answer.getKey(), "unknown"));
            }
        }
        for (Field field : category.fields()) {
            String answer = details.answers().get(field.code());
            Optional<String> problem = field.problem(answer);
            if (problem.isPresent()) {
                violations.add(FieldViolation.of("answers." + field.code(), problem.get()));
            } else if (answer != null && !answer.isBlank()) {
                given.add(FilingDetail.Given.answer(field.code(), field.labelZh(), field.labelEn(), answer.strip(),
                        field.display(answer, Locale.SIMPLIFIED_CHINESE)));
            }
        }
        String window = number(details.windowNumber(), "windowNumber", violations);
        String staff = number(details.staffNumber(), "staffNumber", violations);
        LocalDate day = details.incidentDay();
        if (day != null && (day.isAfter(today.plusDays(1)) || day.isBefore(today.minusDays(OLDEST_DAYS)))) {
            violations.add(FieldViolation.of("incidentDay", "invalid"));
            day = null;
        }
        return new CheckedDetails(given, staffOrWindow(window, staff), window, day);
    }

    boolean hasQuickPicks() {
        return given.stream().anyMatch(g -> g.kind() == FilingDetail.Kind.QUICK_PICK);
    }

    /**
     * The description as staff read it: the problems tapped and the extra answers first, one line
     * each, then the citizen's own words. Without details, the words alone.
     */
    String describe(String words) {
        List<String> lines = new ArrayList<>();
        List<String> picks = given.stream().filter(g -> g.kind() == FilingDetail.Kind.QUICK_PICK)
                .map(FilingDetail.Given::labelZh).toList();
        if (!picks.isEmpty()) {
            lines.add("常见问题：" + String.join("；", picks));
        }
        given.stream().filter(g -> g.kind() == FilingDetail.Kind.FIELD)
                .forEach(g -> lines.add(g.labelZh() + "：" + g.shown()));
        if (words != null) {
            lines.add(words);
        }
        return String.join("\n", lines);
    }

    private static String number(String text, String field, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!NUMBER.matcher(text.strip()).matches()) {
            violations.add(FieldViolation.of(field, "invalid"));
            return null;
        }
        return text.strip();
    }

    private static String staffOrWindow(String window, String staff) {
        List<String> parts = new ArrayList<>();
        if (window != null) {
            parts.add(window + "号窗口");
        }
        if (staff != null) {
            parts.add("工号" + staff);
        }
        return parts.isEmpty() ? null : String.join("，", parts);
    }
}
