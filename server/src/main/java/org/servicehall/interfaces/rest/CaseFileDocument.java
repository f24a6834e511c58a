package org.servicehall.interfaces.rest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.servicehall.application.CaseView;
import org.servicehall.interfaces.messages.ProcessMessages;
import org.servicehall.interfaces.pdf.PdfFonts;
import org.servicehall.interfaces.pdf.PdfReport;

/**
 * The whole case file as one printable HTML document or PDF (stage 5: 资料归档): registration form,
 * classification, assignment, investigation notes, evidence with hashes, finding, plan and
 * approval, measures, feedback, deadlines and the complete history. Every value is escaped.
 */
final class CaseFileDocument {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ProcessMessages messages;
    private final ZoneId zone;
    private final List<Section> sections = new ArrayList<>();
    private String title;

    private CaseFileDocument(ProcessMessages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** The case file of a case as staff see it (personal data as masked in {@code c}). */
    static CaseFileDocument of(CaseView c, ProcessMessages messages, ZoneId zone) {
        CaseFileDocument file = new CaseFileDocument(messages, zone);
        file.collect(c);
        return file;
    }

    static String render(CaseView c, ProcessMessages messages, ZoneId zone) {
        return of(c, messages, zone).html();
    }

    /** One titled part of the file: rows with a label, or whole-width lines (label {@code null}). */
    record Section(String heading, List<Row> rows) {
    }

    record Row(String label, String value) {
    }

    private void collect(CaseView c) {
        title = messages.get("file.title") + " · " + c.trackingNumber();
        section("file.section.registration");
        row("file.trackingNumber", c.trackingNumber());
        row("file.status", messages.get("complaint.status." + c.status()));
        row("file.channel", c.channel() + (c.receivingTerminal() == null ? "" : " / " + c.receivingTerminal()));
        row("file.receivedAt", time(c.receivedAt()));
        var person = c.complainant();
        row("file.complainant", person.anonymous() ? messages.get("file.anonymous")
                : join(person.name(), person.phone(), person.otherContact()));
        row("file.serviceStep", c.registration().serviceStep());
        row("file.staffComplainedAbout", c.registration().staffComplainedAbout());
        row("file.incidentAt", time(c.registration().incidentAt()));
        row("file.description", c.description());
        row("file.expectedOutcome", c.registration().expectedOutcome());
        row("file.evidenceNote", c.registration().evidenceNote());
        row("file.firstContact", c.firstContactName() == null ? c.firstContactOwner() : c.firstContactName());
        row("file.onSpot", c.onSpotResolution());
        if (c.referral() != null) {
            row("file.referral", c.referral().agencyName() + " — " + c.referral().contact() + " — " + c.referral().explanation());
        }

        section("file.section.classification");
        row("file.category", c.categoryLabelZh() + " / " + c.categoryLabelEn());
        row("file.businessArea", c.businessArea());
        row("file.urgency", messages.get("urgency." + c.urgency()));
        if (c.assessment() != null) {
            row("file.assessment", c.assessment().severity() + (c.assessment().major() ? " · major" : "")
                    + (c.assessment().adverseImpact() ? " · adverse impact" : "")
                    + (c.assessment().emergencyStarted() ? " · emergency: " + c.assessment().alerted() : ""));
        }

        section("file.section.investigation");
        if (c.assignment() != null) {
            row("file.assignment", c.assignment().departmentName() + " / " + c.assignment().handlerName()
                    + " (" + time(c.assignment().assignedAt()) + ")");
            row("file.scope", c.assignment().scope());
            row("file.standards", c.assignment().standards());
        }
        row("file.returnReason", c.returnReason());
        list(c.notes(), n -> time(n.recordedAt()) + " · " + n.recordedBy() + " · " + n.kind() + " — " + n.text());
        if (c.finding() != null) {
            row("file.finding", c.finding().outcome() + " · " + c.finding().cause()
                    + (c.finding().causeOther() == null ? "" : " (" + c.finding().causeOther() + ")")
                    + (c.finding().substantiatedParts() == null ? "" : " — " + c.finding().substantiatedParts()));
            row("file.basis", c.finding().basis());
        }
        if (!c.evidence().isEmpty()) {
            section("file.section.evidence");
            list(c.evidence(), e -> e.fileName() + " (" + e.contentType() + ", " + e.size() + " B) SHA-256 " + e.sha256()
                    + " · " + e.addedBy() + " " + time(e.addedAt()));
        }

        section("file.section.handling");
        if (c.plan() != null) {
            row("file.plan", c.plan().measures() + " — " + c.plan().responsible() + ", " + c.plan().dueOn());
            row("file.approval", c.plan().approvalRequired()
                    ? (c.plan().approvedBy() == null ? "—" : c.plan().approvedBy() + " " + time(c.plan().approvedAt())) : "—");
        }
        list(c.measures(), m -> time(m.doneAt()) + " · " + m.doneBy() + " · " + m.kind() + " — " + m.details());
        if (c.feedback() != null) {
            row("file.feedback", (c.feedback().skipped() ? messages.get("file.feedbackSkipped") + ": " : c.feedback().method() + ": ")
                    + c.feedback().content());
            row("file.opinion", c.feedback().opinion());
            row("file.satisfaction", c.feedback().satisfaction());
        }
        row("file.citizenRating", c.citizenRating());
        row("file.appeal", c.appealRound() == 0 ? null : c.appealRound() + " — " + c.appealReason());

        section("file.section.deadlines");
        for (CaseView.DeadlineView d : c.deadlines()) {
            row0(d.stage(), time(d.due()) + " → " + (d.done() == null ? "—" : time(d.done())) + (d.late() ? " · " + messages.get("file.late") : ""));
        }
        list(c.extensions(), x -> x.stage() + " " + time(x.previousDue()) + " → " + time(x.requestedDue()) + " · " + x.state()
                + " · " + x.reason());

        section("file.section.history");
        for (CaseView.HistoryView h : c.history()) {
            row0(h.sequence() + ". " + time(h.at()), messages.get("history.action." + h.action()) + " · " + h.actorId()
                    + " (" + h.actorRole() + ", " + h.terminal() + ")" + (h.summary() == null ? "" : " — " + h.summary()));
        }
    }

    private void section(String key) {
        sections.add(new Section(messages.get(key), new ArrayList<>()));
    }

    private void row(String key, String value) {
        if (value != null && !value.isBlank()) {
            row0(messages.get(key), value);
        }
    }

    private void row0(String label, String value) {
        sections.get(sections.size() - 1).rows().add(new Row(label, value));
    }

    private <T> void list(List<T> items, Function<T, String> line) {
        for (T item : items) {
            row0(null, line.apply(item));
        }
    }

    /** The file as one printable HTML page; every value is escaped. */
    String html() {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html><html lang=\"").append(messages.locale().toLanguageTag()).append("\"><head><meta charset=\"UTF-8\">")
                .append("<title>").append(esc(title)).append("</title>")
                .append("<style>body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;font-size:11pt;margin:2em;color:#111}")
                .append("h1{font-size:16pt}h2{font-size:13pt;border-bottom:1px solid #999;margin-top:1.5em}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}")
                .append("th{background:#f0f0f0;width:12em}code{font-size:9pt}@media print{body{margin:0}}</style></head><body>");
        html.append("<h1>").append(esc(title)).append("</h1>");
        for (Section section : sections) {
            html.append("<h2>").append(esc(section.heading())).append("</h2><table>");
            for (Row row : section.rows()) {
                if (row.label() == null) {
                    html.append("<tr><td colspan=\"2\">").append(esc(row.value())).append("</td></tr>");
                } else {
                    html.append("<tr><th>").append(esc(row.label())).append("</th><td>").append(esc(row.value())).append("</td></tr>");
                }
            }
            html.append("</table>");
        }
        html.append("</body></html>");
        return html.toString();
    }

    /** The same file as a PDF, with who produced it and when. */
    byte[] pdf(PdfFonts fonts, String producedBy, Instant producedAt) {
        PdfReport pdf = PdfReport.start(fonts, title, title).title(title)
                .note(messages.get("file.produced", time(producedAt), producedBy));
        for (Section section : sections) {
            pdf.section(section.heading());
            for (Row row : section.rows()) {
                if (row.label() == null) {
                    pdf.line(row.value());
                } else {
                    pdf.row(row.label(), row.value());
                }
            }
        }
        return pdf.finish();
    }

    private String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant.atZone(zone));
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(out.length() > 0 ? " · " : "").append(part);
            }
        }
        return out.toString();
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
