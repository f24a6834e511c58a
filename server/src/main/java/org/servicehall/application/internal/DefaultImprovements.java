package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.servicehall.application.AccessDeniedException;
import org.servicehall.application.CallerContext;
import org.servicehall.application.CaseNotFoundException;
import org.servicehall.application.Improvements;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.domain.model.directory.Directory;
import org.servicehall.domain.model.directory.StaffMember;
import org.servicehall.domain.model.improvement.ImprovementAction;
import org.servicehall.domain.model.improvement.ImprovementActions;
import org.servicehall.domain.shared.Actor;

/** Improvement actions raised from complaints and tracked to closure. */
@ApplicationScoped
public class DefaultImprovements implements Improvements {

    @Inject
    ImprovementActions actions;

    @Inject
    ComplaintRepository complaints;

    @Inject
    CallerContext caller;

    @Inject
    CaseCommands cases;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    Directory directory;

    @Override
    @Transactional
    public List<ActionView> all() {
        return actions.all().stream().map(this::view).toList();
    }

    @Override
    @Transactional
    public ActionView raise(String title, String description, String owner, LocalDate dueOn, List<String> trackingNumbers) {
        if (!caller.hasRole(Actor.Role.SUPERVISOR)) {
            throw new AccessDeniedException("forbidden");
        }
        if (dueOn == null) {
            throw Inputs.invalid("dueOn", "required");
        }
        // an action nobody in the directory can report progress on would stay open for ever
        if (owner != null && !owner.isBlank() && directory.staffMember(owner.strip()).filter(StaffMember::isActive).isEmpty()) {
            throw Inputs.invalid("owner", "unknown");
        }
        List<TrackingNumber> cases = trackingNumbers == null ? List.of() : trackingNumbers.stream()
                .map(text -> TrackingNumber.parse(text).filter(n -> complaints.find(n).isPresent())
                        .orElseThrow(() -> Inputs.invalid("cases", "unknown", text)))
                .toList();
        ImprovementAction action = new ImprovementAction(title, description, owner, dueOn, cases, caller.actor(),
                this.cases.now());
        actions.store(action);
        return view(action);
    }

    @Override
    @Transactional
    public ActionView reportProgress(long id, String progress) {
        ImprovementAction action = find(id);
        action.reportProgress(progress, caller.actor());
        actions.store(action);
        return view(action);
    }

    @Override
    @Transactional
    public ActionView close(long id, boolean done, String outcome) {
        ImprovementAction action = find(id);
        action.close(done, outcome, caller.actor(), cases.now());
        actions.store(action);
        return view(action);
    }

    private ImprovementAction find(long id) {
        return actions.find(id).orElseThrow(() -> new CaseNotFoundException("improvement " + id));
    }

    private ActionView view(ImprovementAction a) {
        LocalDate today = LocalDate.ofInstant(cases.now(), deadlines.zone());
        return new ActionView(a.id() == null ? 0 : a.id(), a.version(), a.title(), a.description(), a.owner(),
                a.dueOn(), a.status().name(), a.progress().orElse(null), a.createdAt(), a.createdBy(),
                a.closedAt().orElse(null), a.outcome().orElse(null), List.copyOf(a.cases()), a.isOverdue(today));
    }
}
