package org.servicehall.interfaces.ui;

import static org.servicehall.interfaces.ui.StepRefusals.inWords;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.servicehall.application.CaseQueries;
import org.servicehall.application.FirstResponse;
import org.servicehall.application.Investigation;
import org.servicehall.application.Outbox;
import org.servicehall.application.OutboxMessages;
import org.servicehall.application.RegistrationForm;
import org.servicehall.ui.facade.staff.CaseDesk;
import org.servicehall.ui.facade.staff.CaseMessage;
import org.servicehall.ui.facade.staff.CaseSheet;
import org.servicehall.ui.facade.staff.CaseStep;
import org.servicehall.ui.facade.staff.DuplicateHint;
import org.servicehall.ui.facade.staff.QueuePage;
import org.servicehall.ui.facade.staff.QueueQuery;
import org.servicehall.ui.facade.staff.WindowForm;

/**
 * The case desk behind the staff screens: the reception window, the queues, the case and its
 * steps, through the application services, which check the caller's role and the rules again.
 */
@ApplicationScoped
public class DefaultCaseDesk implements CaseDesk {

    @Inject
    CaseQueries queries;

    @Inject
    OutboxMessages outboxMessages;

    @Inject
    FirstResponse firstResponse;

    @Inject
    Investigation investigation;

    @Inject
    CaseStepCalls steps;

    @Inject
    CaseSheets sheets;

    @Inject
    Clock clock;

    @Override
    public CaseSheet receiveAtWindow(WindowForm form, Locale locale) {
        RegistrationForm registration = new RegistrationForm(form.complainantName(), form.complainantPhone(),
                form.otherContact(), form.anonymous(), form.serviceStep(), form.staffComplainedAbout(),
                form.staffComplainedAboutId(), sheets.instant(form.incidentAt()), form.expectedOutcome(), form.evidenceNote());
        return inWords(locale, () -> sheets.sheet(firstResponse.receiveAtWindow(new FirstResponse.WindowIntake(
                form.channel(), form.categoryCode(), form.description(), registration, form.outcome(),
                form.whatWasDone(), form.agencyCode(), form.explanation(), form.terminal(), form.idempotencyKey(),
                form.smsConsent())),
                locale));
    }

    @Override
    public List<DuplicateHint> possibleDuplicates(String phone, String staffId, String staffNamed, String categoryCode,
                                                  Locale locale) {
        Map<String, DuplicateHint> hints = new LinkedHashMap<>();
        try {
            if (phone != null && phone.replaceAll("\\D", "").length() >= 7) {
                queries.queue(new CaseQueries.QueueRequest(CaseQueries.Queue.ALL, null, null, null, null,
                        phone, "-receivedAt", 0, 5)).rows()
                        .forEach(row -> hints.putIfAbsent(row.trackingNumber(), sheets.hint(row, "SAME_PHONE", locale)));
            }
        } catch (RuntimeException e) {
            // a half-typed number is no reason to interrupt the clerk
        }
        boolean staffGiven = (staffId != null && !staffId.isBlank()) || (staffNamed != null && staffNamed.strip().length() >= 2);
        if (staffGiven && categoryCode != null && !categoryCode.isBlank()) {
            try {
                queries.aboutSameStaff(staffId, staffNamed, categoryCode)
                        .forEach(row -> hints.putIfAbsent(row.trackingNumber(), sheets.hint(row, "SAME_STAFF_AND_CATEGORY", locale)));
            } catch (RuntimeException e) {
                // nor is a name still being typed
            }
        }
        return List.copyOf(hints.values());
    }

    @Override
    public QueuePage queue(QueueQuery query, Locale locale) {
        CaseQueries.Queue queue;
        try {
            queue = CaseQueries.Queue.valueOf(query.queue());
        } catch (IllegalArgumentException | NullPointerException e) {
            queue = CaseQueries.Queue.ALL;
        }
        CaseQueries.Queue which = queue;
        return inWords(locale, () -> {
            var page = queries.queue(new CaseQueries.QueueRequest(which, query.status(), query.urgency(),
                    query.categoryCode(), query.channel(), query.text(), query.sort(), query.offset(), query.limit()));
            Instant now = clock.instant();
            return new QueuePage(page.rows().stream().map(row -> sheets.row(row, now, locale)).toList(), page.total(),
                    page.totalCapped());
        });
    }

    @Override
    public CaseSheet caseSheet(String trackingNumber, Locale locale) {
        return inWords(locale, () -> sheets.sheet(queries.view(trackingNumber), locale));
    }

    @Override
    public List<CaseMessage> caseMessages(String trackingNumber, Locale locale) {
        return inWords(locale, () -> {
            queries.view(trackingNumber); // only who may read the case reads what was sent about it
            Instant now = clock.instant();
            return outboxMessages.deliveries(trackingNumber, 100).stream().map(d -> {
                String state;
                Instant when;
                if (d.notifierId() != null) {
                    state = d.state();
                    when = d.sentAt();
                } else if (d.completedAt() != null) {
                    state = "WITHHELD";
                    when = null;
                } else if (d.notBefore() != null && d.notBefore().isAfter(now)) {
                    state = "SCHEDULED";
                    when = d.notBefore();
                } else {
                    state = "WAITING";
                    when = null;
                }
                String subject = locale.getLanguage().equals("zh") ? d.subjectZh() : d.subjectEn();
                return new CaseMessage(sheets.local(d.createdAt()), d.kind(),
                        d.recipientKind().name(),
                        d.recipientKind() == Outbox.RecipientKind.COMPLAINANT ? null : d.recipientId(),
                        subject, d.notifierId(), state, when == null ? null : sheets.local(when), d.report());
            }).toList();
        });
    }

    @Override
    public CaseSheet.Person unmask(String trackingNumber, String purpose, Locale locale) {
        return inWords(locale, () -> {
            var person = queries.complainant(trackingNumber, purpose);
            return new CaseSheet.Person(person.anonymous(), person.name(), person.phone(), person.otherContact(),
                    person.masked());
        });
    }

    @Override
    public CaseSheet take(String trackingNumber, long version, CaseStep step, Locale locale) {
        return inWords(locale, () -> sheets.sheet(steps.take(trackingNumber, version, step), locale));
    }

    @Override
    public CaseSheet addEvidence(String trackingNumber, long version, String fileName, String description,
                                 InputStream content, Locale locale) {
        return inWords(locale, () -> sheets.sheet(investigation.addEvidence(trackingNumber, version, fileName, null,
                description, content), locale));
    }

    @Override
    public EvidenceDownload evidence(String trackingNumber, long evidenceId, Locale locale) {
        return inWords(locale, () -> {
            Investigation.EvidenceFile file = investigation.openEvidence(trackingNumber, evidenceId);
            return new EvidenceDownload(file.fileName(), file.contentType(), file.size(), file.content());
        });
    }
}
