package org.servicehall.interfaces.ui;

import static org.servicehall.interfaces.ui.StepRefusals.inWords;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.application.CaseQueries;
import org.servicehall.application.MonthlyReports;
import org.servicehall.application.Statistics;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.domain.model.directory.Directory;
import org.servicehall.interfaces.pdf.MonthlyReportDocument;
import org.servicehall.interfaces.pdf.PdfFonts;
import org.servicehall.ui.facade.staff.Dashboard;
import org.servicehall.ui.facade.staff.ReportsDesk;

/**
 * The supervisor's figures and the monthly report behind the staff screens. The statistics
 * services check the caller's role themselves.
 */
@ApplicationScoped
public class DefaultReportsDesk implements ReportsDesk {

    @Inject
    MonthlyReports monthlyReports;

    @Inject
    Statistics statistics;

    @Inject
    CaseQueries queries;

    @Inject
    PdfFonts pdfFonts;

    @Inject
    @ConfigProperty(name = "servicehall.center.name", defaultValue = " ")
    String centre;

    @Inject
    Directory directory;

    @Inject
    CategoryCatalog catalog;

    @Inject
    Clock clock;

    @Override
    public Dashboard dashboard(LocalDate from, LocalDate to, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = from == null && to == null ? today.withDayOfMonth(1) : from;
        LocalDate last = from == null && to == null ? today : to;
        return inWords(locale, () -> {
            // the counts kept per day: the dashboard shows no repeat complainants
            Statistics.Report report = statistics.counts(first, last);
            long receivedToday = statistics.counts(today, today).total();
            // the escalated and awaiting-approval queues' lengths are kept figures too; overdue depends on now
            Statistics.OpenWork open = statistics.openWork();
            return new Dashboard(first, last, report.total(), receivedToday, count(CaseQueries.Queue.OVERDUE),
                    open.escalated(), open.awaitingApproval(),
                    report.resolvedOnSpot(), report.redirected(), report.appealed(), report.substantiatedRate(),
                    report.onTimeRate(), report.bySatisfaction(),
                    top(report.byCategory(), code -> catalog.find(code).map(c -> c.label(locale)).orElse(code)),
                    top(report.byCause(), code -> code),
                    top(report.byDepartment(), code -> directory.department(code).map(d -> d.name(locale)).orElse(code)),
                    new TreeMap<>(report.byWeek()));
        });
    }

    @Override
    public byte[] monthlyReport(YearMonth month, Locale locale) {
        return inWords(locale, () -> MonthlyReportDocument.render(monthlyReports.of(month), locale, centre,
                clock.getZone(), code -> catalog.find(code).map(c -> c.label(locale)).orElse(code), pdfFonts));
    }

    private long count(CaseQueries.Queue queue) {
        return queries.count(queue);
    }

    /** The ten largest figures, the largest first; the code stays for drill-down and the label is for reading. */
    private static List<Dashboard.Count> top(Map<String, Long> counts, Function<String, String> label) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(10)
                .map(e -> new Dashboard.Count(e.getKey(), label.apply(e.getKey()), e.getValue()))
                .toList();
    }
}
