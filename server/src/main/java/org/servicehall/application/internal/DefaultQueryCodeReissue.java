package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import org.servicehall.application.CaseView;
import org.servicehall.application.QueryCodeReissue;
import org.servicehall.domain.model.complaint.ProofFailuresRepository;
import org.servicehall.domain.model.complaint.QueryCode;

/** A new query code from a window; in the same transaction the number's wrong codes and lock are forgotten. */
@ApplicationScoped
public class DefaultQueryCodeReissue implements QueryCodeReissue {

    @Inject
    CaseCommands cases;

    @Inject
    ProofFailuresRepository failures;

    @Override
    public CaseView reissue(String trackingNumber, Long expectedVersion, String reason) {
        AtomicReference<QueryCode> issued = new AtomicReference<>();
        CaseView view = cases.change(trackingNumber, expectedVersion, (complaint, actor) -> {
            issued.set(complaint.reception().reissueQueryCode(reason, actor, cases.now()));
            failures.remove(complaint.trackingNumber());
        });
        return view.withQueryCode(issued.get().value());
    }
}
