package org.servicehall.interfaces.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicehall.application.CaseQueries.CaseSummary;
import org.servicehall.application.CaseView;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.domain.model.complaint.ComplaintStep;
import org.servicehall.ui.facade.staff.CaseSheet;
import org.servicehall.ui.facade.staff.DuplicateHint;
import org.servicehall.ui.facade.staff.QueueRow;
import org.servicehall.ui.support.HistorySummaries;

/**
 * Assembles what the staff screens show from what the application answers: the case sheet, a
 * queue's row, a duplicate hint; labels in the reader's language, times in the hall's zone.
 */
@ApplicationScoped
public class CaseSheets {

    private static final Duration DUE_SOON = Duration.ofHours(24);

    @Inject
    CategoryCatalog catalog;

    @Inject
    Clock clock;

    /** A complaint that may be the one being registered, and why. */
    DuplicateHint hint(CaseSummary row, String reason, Locale locale) {
        return new DuplicateHint(row.trackingNumber(), row.status(),
                english(locale) ? row.categoryLabelEn() : row.categoryLabelZh(), local(row.receivedAt()), reason, row.excerpt());
    }

    /** A queue's row, with the state of its deadline at {@code now}. */
    QueueRow row(CaseSummary s, Instant now, Locale locale) {
        String state = s.currentDue() == null ? "NONE" : s.currentDue().isBefore(now) ? "OVERDUE"
                : s.currentDue().isBefore(now.plus(DUE_SOON)) ? "DUE_SOON" : "ON_TIME";
        return new QueueRow(s.trackingNumber(), s.status(), s.urgency(),
                english(locale) ? s.categoryLabelEn() : s.categoryLabelZh(), s.channel(), local(s.receivedAt()),
                local(s.currentDue()), s.currentStage(), state, s.departmentName(), s.handlerName(), s.supervised(),
                s.excerpt());
    }

    /** The case as the case screen shows it, in {@code locale}, times in the hall's zone. */
    CaseSheet sheet(CaseView c, Locale locale) {
        var p = c.complainant();
        var r = c.registration();
        var a = c.assessment();
        var ref = c.referral();
        var as = c.assignment();
        var f = c.finding();
        var plan = c.plan();
        var fb = c.feedback();
        return new CaseSheet(c.trackingNumber(), c.version(), c.status(), c.channel(), c.receivingTerminal(),
                local(c.receivedAt()), c.categoryCode(), english(locale) ? c.categoryLabelEn() : c.categoryLabelZh(),
                c.businessArea(), c.urgency(), c.description(),
                new CaseSheet.Person(p.anonymous(), p.name(), p.phone(), p.otherContact(), p.masked()),
                new CaseSheet.Form(r.serviceStep(), r.staffComplainedAbout(), local(r.incidentAt()), r.expectedOutcome(),
                        r.evidenceNote()),
                a == null ? null : new CaseSheet.Assessment(a.severity(), a.adverseImpact(), a.major(),
                        a.emergencyStarted(), a.alerted()),
                c.firstContactOwner(), c.firstContactName(), c.firstContactAccountable(), c.onSpotResolution(),
                ref == null ? null : new CaseSheet.Referral(ref.agencyName(), ref.contact(), ref.explanation()),
                as == null ? null : new CaseSheet.Assigned(as.departmentCode(), as.departmentName(), as.handlerId(),
                        as.handlerName(), as.scope(), as.standards(), local(as.assignedAt())),
                c.returnReason(),
                f == null ? null : new CaseSheet.Finding(f.outcome(), f.substantiatedParts(), f.cause(), f.causeOther(),
                        f.basis(), local(f.recordedAt()), f.recordedBy()),
                plan == null ? null : new CaseSheet.Plan(plan.measures(), plan.responsible(), plan.dueOn(),
                        plan.approvalRequired(), plan.approvedBy(), local(plan.approvedAt())),
                c.planSentBackReason(),
                c.measures().stream().map(m -> new CaseSheet.Item(m.id(), m.kind(), m.details(), local(m.doneAt()),
                        m.doneBy())).toList(),
                fb == null ? null : new CaseSheet.Feedback(fb.method(), fb.content(), fb.opinion(), fb.satisfaction(),
                        fb.skipped(), local(fb.givenAt()), fb.givenBy()),
                c.citizenRating(), c.appealRound(), c.appealReason(), c.supervised(), c.supervisionReason(),
                c.deadlines().stream().map(d -> new CaseSheet.Deadline(d.stage(), local(d.due()), local(d.done()),
                        d.late())).toList(),
                local(c.currentDue()), c.currentStage(),
                c.notes().stream().map(n -> new CaseSheet.Item(n.id(), n.kind(), n.text(), local(n.recordedAt()),
                        n.recordedBy())).toList(),
                c.evidence().stream().map(e -> new CaseSheet.EvidenceFile(e.id(), e.fileName(), e.contentType(), e.size(),
                        e.sha256(), e.description(), local(e.addedAt()), e.addedBy())).toList(),
                c.duplicates().stream().map(d -> new CaseSheet.Duplicate(d.id(), d.otherTrackingNumber(), d.reason(),
                        d.state())).toList(),
                c.extensions().stream().map(x -> new CaseSheet.ExtensionRequest(x.id(), x.stage(), local(x.previousDue()),
                        local(x.requestedDue()), x.reason(), x.state(), x.requestedBy(), x.decisionNote())).toList(),
                c.history().stream().sorted(Comparator.comparingInt(CaseView.HistoryView::sequence))
                        .map(h -> new CaseSheet.Step(h.sequence(), h.action(), h.toStatus(), h.actorId(), h.actorRole(),
                                h.terminal(), local(h.at()), HistorySummaries.label(h.action(), h.summary(), locale,
                                        code -> catalog.find(code).map(category -> category.label(locale)).orElse(code),
                                        clock.getZone()))).toList(),
                onCaseScreen(c.allowedSteps()), c.queryCode());
    }

    /** The steps of the case screen among those allowed (a rating or a channel's steps are taken elsewhere). */
    private static Set<String> onCaseScreen(Set<String> allowed) {
        return allowed.stream().filter(code -> ComplaintStep.byCode(code).map(ComplaintStep::onCaseScreen).orElse(false))
                .collect(Collectors.toUnmodifiableSet());
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }

    Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(clock.getZone()).toInstant();
    }
}
