package org.servicehall.interfaces.pdf;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.servicehall.application.MonthlyReports.MonthlyReport;
import org.servicehall.application.Statistics;

/**
 * The centre's monthly complaint report as a PDF: a title block, then intake by channel and
 * category, timeliness per stage, overdue and escalated cases, satisfaction, the main causes and
 * departments, and the improvement actions of the month. Texts come from
 * {@code org/servicehall/interfaces/pdf/documents_*.properties}.
 */
public final class MonthlyReportDocument {

    private static final String[] STAGES = {"ACKNOWLEDGE", "SIGN_FOR", "HANDLE", "FEEDBACK"};
    private static final String[] SATISFACTIONS = {"VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED",
        "DISSATISFIED", "VERY_DISSATISFIED"};
    private static final int TOP = 10;

    private final ResourceBundle texts;
    private final Locale locale;

    private MonthlyReportDocument(Locale locale) {
        this.locale = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        this.texts = ResourceBundle.getBundle("org.servicehall.interfaces.pdf.documents", this.locale,
                MonthlyReportDocument.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * @param centre         the centre's name; blank for the default name of the bundle
     * @param categoryLabel  a category's label in {@code locale} from its code
     */
    public static byte[] render(MonthlyReport r, Locale locale, String centre, ZoneId zone,
                                UnaryOperator<String> categoryLabel, PdfFonts fonts) {
        return new MonthlyReportDocument(locale).pdf(r, centre, zone, categoryLabel, fonts);
    }

    /** The name of the month as the report's title shows it, e.g. {@code 2026年11月} or {@code November 2026}. */
    public static String monthName(YearMonth month, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return month.format(DateTimeFormatter.ofPattern(english ? "MMMM yyyy" : "yyyy年M月", english ? Locale.ENGLISH : Locale.CHINA));
    }

    private byte[] pdf(MonthlyReport r, String centre, ZoneId zone, UnaryOperator<String> categoryLabel, PdfFonts fonts) {
        Statistics.Report s = r.statistics();
        String month = monthName(r.month(), locale);
        String centreName = centre == null || centre.isBlank() ? text("report.centre.default") : centre.strip();
        String title = text("report.title");
        PdfReport pdf = PdfReport.start(fonts, title + " · " + month, centreName + " · " + title + " · " + month);
        pdf.cover(title, List.of(centreName, month,
                text("report.period") + " " + s.from() + " – " + s.to(),
                text("report.produced") + " " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(r.producedAt().atZone(zone))
                        + " · " + r.producedBy()));

        pdf.section(text("report.section.overview"))
                .row(text("report.total"), Long.toString(s.total()))
                .row(text("report.resolvedOnSpot"), Long.toString(s.resolvedOnSpot()))
                .row(text("report.redirected"), Long.toString(s.redirected()))
                .row(text("report.overdue"), Long.toString(r.overdue()))
                .row(text("report.escalated"), Long.toString(r.escalated()))
                .row(text("report.appealed"), Long.toString(s.appealed()))
                .row(text("report.substantiated"), percent(s.substantiatedRate()));

        counts(pdf, "report.section.channel", s.byChannel(), code -> label("channel.", code), s.total());
        counts(pdf, "report.section.category", s.byCategory(), categoryLabel, s.total());

        List<List<String>> onTime = new ArrayList<>();
        for (String stage : STAGES) {
            Double rate = s.onTimeRate().get(stage);
            onTime.add(List.of(label("stage.", stage), rate == null || rate < 0 ? text("report.none") : percent(rate)));
        }
        pdf.section(text("report.section.onTime"))
                .table(new float[] {2, 1}, List.of(text("report.stage"), text("report.onTimeRate")), onTime);

        long rated = s.bySatisfaction().values().stream().mapToLong(Long::longValue).sum();
        List<List<String>> satisfaction = new ArrayList<>();
        for (String level : SATISFACTIONS) {
            long n = s.bySatisfaction().getOrDefault(level, 0L);
            satisfaction.add(List.of(label("satisfaction.", level), Long.toString(n), share(n, rated)));
        }
        pdf.section(text("report.section.satisfaction"))
                .table(new float[] {2, 1, 1}, List.of(text("report.level"), text("report.count"), text("report.share")), satisfaction);

        counts(pdf, "report.section.causes", s.byCause(), code -> label("cause.", code), s.total());
        counts(pdf, "report.section.departments", s.byDepartment(), UnaryOperator.identity(), s.total());

        pdf.section(text("report.section.improvements"))
                .row(text("report.improvementsOpened"), Long.toString(r.improvementsOpened()))
                .row(text("report.improvementsClosed"), Long.toString(r.improvementsClosed()));

        List<List<String>> weeks = new ArrayList<>();
        s.byWeek().forEach((week, n) -> weeks.add(List.of(week, Long.toString(n))));
        if (!weeks.isEmpty()) {
            pdf.section(text("report.section.weeks"))
                    .table(new float[] {2, 1}, List.of(text("report.weekOf"), text("report.count")), weeks);
        }
        pdf.note(text("report.notes"));
        return pdf.finish();
    }

    /** The largest counts first, at most ten, each with its share of all complaints of the month. */
    private void counts(PdfReport pdf, String section, Map<String, Long> counts, UnaryOperator<String> label, long total) {
        List<List<String>> rows = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(TOP)
                .map(e -> List.of(label.apply(e.getKey()), Long.toString(e.getValue()), share(e.getValue(), total)))
                .toList();
        pdf.section(text(section));
        if (rows.isEmpty()) {
            pdf.line(text("report.none"));
        } else {
            pdf.table(new float[] {2, 1, 1}, List.of(text("report.item"), text("report.count"), text("report.share")), rows);
        }
    }

    private String label(String prefix, String code) {
        return texts.containsKey(prefix + code) ? texts.getString(prefix + code) : code;
    }

    private String text(String key) {
        return texts.containsKey(key) ? texts.getString(key) : key;
    }

    private static String share(long n, long of) {
        return of == 0 ? "—" : percent((double) n / of);
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }
}
