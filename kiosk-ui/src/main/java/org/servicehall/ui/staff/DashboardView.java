package org.servicehall.ui.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.servicehall.ui.facade.staff.Dashboard;
import org.servicehall.ui.facade.staff.ReportsDesk;
import org.servicehall.ui.facade.staff.StepRefusedException;
import org.servicehall.ui.support.Messages;

/**
 * The supervisor's dashboard: the queues that need them now, the period's figures as Chart.js
 * charts, and one table of every figure for export (XLSX, CSV, and the monthly report as PDF).
 * Chart data is built with a JSON builder, never by pasting text into script.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] STAGES = {"ACKNOWLEDGE", "SIGN_FOR", "HANDLE", "FEEDBACK"};
    private static final String[] SATISFACTIONS = {"VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED",
        "DISSATISFIED", "VERY_DISSATISFIED"};

    @Inject
    transient ReportsDesk reports;

    @Inject
    StaffSession session;

    private LocalDate from;
    private LocalDate to;
    private Dashboard dashboard;
    private String reportMonth;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        try {
            dashboard = reports.dashboard(from, to, session.getLocale());
            from = dashboard.from();
            to = dashboard.to();
        } catch (StepRefusedException refused) {
            StaffPages.show(refused, "period");
        }
    }

    /** The months a report can be asked for: this one and the 23 before it, newest first. */
    public List<SelectItem> getReportMonths() {
        List<SelectItem> months = new ArrayList<>();
        // the dashboard's period ends today in the hall's time zone unless the supervisor chose otherwise
        YearMonth month = to == null ? YearMonth.now() : YearMonth.from(to);
        boolean english = "en".equals(session.getLocale().getLanguage());
        DateTimeFormatter name = DateTimeFormatter.ofPattern(english ? "MMMM yyyy" : "yyyy年M月",
                english ? Locale.ENGLISH : Locale.CHINA);
        for (int i = 0; i < 24; i++, month = month.minusMonths(1)) {
            months.add(new SelectItem(month.toString(), month.format(name)));
        }
        return months;
    }

    /** The monthly report of the chosen month as a PDF download; a refusal shows as a message instead. */
    public StreamedContent monthlyReport() {
        try {
            YearMonth month = YearMonth.parse(reportMonth);
            byte[] pdf = reports.monthlyReport(month, session.getLocale());
            return DefaultStreamedContent.builder().name("monthly-report-" + month + ".pdf").contentType("application/pdf")
                    .contentLength((long) pdf.length).stream(() -> new ByteArrayInputStream(pdf)).build();
        } catch (DateTimeParseException | NullPointerException e) {
            StaffPages.show(new StepRefusedException(text("dashboard.report.month.invalid"), List.of()), "report");
        } catch (StepRefusedException refused) {
            StaffPages.show(refused, "report");
        }
        return null;
    }

    /** One row per figure, for the table that is exported. */
    public List<Figure> getFigures() {
        List<Figure> rows = new ArrayList<>();
        if (dashboard == null) {
            return rows;
        }
        rows.add(new Figure(text("dashboard.section.period"), text("dashboard.total"), Long.toString(dashboard.total())));
        rows.add(new Figure(text("dashboard.section.period"), text("dashboard.resolvedOnSpot"), Long.toString(dashboard.resolvedOnSpot())));
        rows.add(new Figure(text("dashboard.section.period"), text("dashboard.redirected"), Long.toString(dashboard.redirected())));
        rows.add(new Figure(text("dashboard.section.period"), text("dashboard.appealed"), Long.toString(dashboard.appealed())));
        rows.add(new Figure(text("dashboard.section.period"), text("dashboard.substantiated"), percent(dashboard.substantiatedRate())));
        for (String stage : STAGES) {
            Double rate = dashboard.onTimeRate().get(stage);
            rows.add(new Figure(text("dashboard.onTime"), text("stage." + stage), rate == null ? "—" : percent(rate)));
        }
        for (String level : SATISFACTIONS) {
            rows.add(new Figure(text("dashboard.satisfaction"), text("satisfaction." + level),
                    Long.toString(dashboard.bySatisfaction().getOrDefault(level, 0L))));
        }
        dashboard.topCategories().forEach(c -> rows.add(new Figure(text("dashboard.topCategories"), c.label(), Long.toString(c.count()))));
        dashboard.topCauses().forEach(c -> rows.add(new Figure(text("dashboard.topCauses"), text("cause." + c.code()), Long.toString(c.count()))));
        dashboard.topDepartments().forEach(c -> rows.add(new Figure(text("dashboard.topDepartments"), c.label(), Long.toString(c.count()))));
        dashboard.byWeek().forEach((week, count) -> rows.add(new Figure(text("dashboard.trend"), week, Long.toString(count))));
        return rows;
    }

    /** A figure of the exported table. */
    public record Figure(String section, String name, String value) implements Serializable {
    }

    public String getSatisfactionChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (String level : SATISFACTIONS) {
            labels.add(text("satisfaction." + level));
            data.add(dashboard == null ? 0 : dashboard.bySatisfaction().getOrDefault(level, 0L));
        }
        return chart("doughnut", labels, dataset(text("dashboard.satisfaction"), data,
                Json.createArrayBuilder().add("#1a7f37").add("#4caf50").add("#9ccc65").add("#e69500").add("#b42318")));
    }

    public String getOnTimeChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (String stage : STAGES) {
            labels.add(text("stage." + stage));
            Double rate = dashboard == null ? null : dashboard.onTimeRate().get(stage);
            data.add(rate == null ? 0 : Math.round(rate * 1000) / 10.0);
        }
        return chart("bar", labels, dataset(text("dashboard.onTime.percent"), data, Json.createArrayBuilder().add("#0b5cab")));
    }

    public String getCategoryChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        if (dashboard != null) {
            dashboard.topCategories().forEach(c -> {
                labels.add(c.label());
                data.add(c.count());
            });
        }
        return chart("bar", labels, dataset(text("dashboard.topCategories"), data, Json.createArrayBuilder().add("#334e68")));
    }

    public String getTrendChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        if (dashboard != null) {
            for (Map.Entry<String, Long> week : dashboard.byWeek().entrySet()) {
                labels.add(week.getKey());
                data.add(week.getValue());
            }
        }
        return chart("line", labels, dataset(text("dashboard.trend"), data, Json.createArrayBuilder().add("#0b5cab")));
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, JsonArrayBuilder colours) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colours)
                .add("borderColor", "#0b5cab");
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonObjectBuilder dataset) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false))
                .build().toString();
    }

    private String text(String key) {
        return Messages.staff(session.getLocale(), key);
    }

    private String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    /** The file name of an export, e.g. {@code complaints-2026-11-01-2026-11-28}. */
    public String getExportName() {
        return "complaints-" + from + "-" + to;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public String getReportMonth() {
        if (reportMonth == null) {
            reportMonth = (to == null ? YearMonth.now() : YearMonth.from(to)).toString();
        }
        return reportMonth;
    }

    public void setReportMonth(String reportMonth) {
        this.reportMonth = reportMonth;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
