package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.servicehall.application.CaseNotFoundException;
import org.servicehall.application.CaseView;
import org.servicehall.application.EvidenceStore;
import org.servicehall.application.Investigation;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.Evidence;
import org.servicehall.domain.model.complaint.Finding;
import org.servicehall.domain.model.complaint.InvestigationNote;
import org.servicehall.application.CallerContext;

/** Notes, evidence and the finding of the investigation. */
@ApplicationScoped
public class DefaultInvestigation implements Investigation {

    @Inject
    CaseCommands cases;

    @Inject
    EvidenceStore store;

    @Inject
    CallerContext caller;

    @Override
    public CaseView addNote(String trackingNumber, Long expectedVersion, String kind, String text) {
        InvestigationNote.Kind noteKind = Inputs.enumValue(InvestigationNote.Kind.class, kind, "kind");
        return cases.change(trackingNumber, expectedVersion,
                (complaint, actor) -> complaint.investigation().addNote(noteKind, text, actor, cases.now()));
    }

    @Override
    public CaseView addEvidence(String trackingNumber, Long expectedVersion, String fileName, String contentType,
                                String description, InputStream content) {
        // Refuse early (before writing a byte) when the caller may not add evidence to this case.
        cases.load(trackingNumber, caller.actor());
        Evidence.StoredFile file;
        try {
            file = store.store(fileName, contentType, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return cases.change(trackingNumber, expectedVersion,
                    (complaint, actor) -> complaint.investigation().addEvidence(file, description, actor, cases.now()));
        } catch (RuntimeException refused) {
            // a stale version, a closed case, a refused description: the file belongs to no complaint
            try {
                store.discard(file.storageKey());
            } catch (IOException e) {
                refused.addSuppressed(e);
            }
            throw refused;
        }
    }

    @Override
    @Transactional
    public EvidenceFile openEvidence(String trackingNumber, long evidenceId) {
        Complaint complaint = cases.load(trackingNumber, caller.actor());
        Evidence evidence = complaint.investigation().evidence().stream().filter(e -> e.id() == evidenceId).findFirst()
                .orElseThrow(() -> new CaseNotFoundException(trackingNumber + "/" + evidenceId));
        try {
            return new EvidenceFile(evidence.fileName(), evidence.contentType(), evidence.size(), evidence.sha256(),
                    store.open(evidence.storageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public CaseView recordFinding(String trackingNumber, Long expectedVersion, FindingReport report) {
        Finding.Outcome outcome = Inputs.enumValue(Finding.Outcome.class, report.outcome(), "outcome");
        Finding.Cause cause = Inputs.enumValue(Finding.Cause.class, report.cause(), "cause");
        return cases.change(trackingNumber, expectedVersion, (complaint, actor) -> complaint.investigation().recordFinding(
                new Finding(outcome, report.substantiatedParts(), cause, report.causeOther(), report.basis()),
                actor, cases.now()));
    }
}
