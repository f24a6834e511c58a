package org.servicehall.ui.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicehall.ui.facade.staff.Improvement;
import org.servicehall.ui.facade.staff.Option;
import org.servicehall.ui.facade.staff.OfficeDesk;
import org.servicehall.ui.facade.staff.StepRefusedException;
import org.servicehall.ui.support.Messages;

/**
 * Improvement actions (整改): the list with owner, deadline, status and linked cases; a supervisor
 * raises and closes them, the owner reports progress. A refused entry keeps what was typed.
 */
@Named
@ViewScoped
public class ImprovementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OfficeDesk office;

    @Inject
    StaffSession session;

    private List<Improvement> actions = List.of();
    private String title;
    private String description;
    private String owner;
    private LocalDate dueOn;
    private String cases;
    private final Map<Long, String> texts = new HashMap<>();

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        try {
            actions = office.improvements(session.getLocale());
        } catch (StepRefusedException refused) {
            StaffPages.show(refused, "improvements");
        }
    }

    public void raise() {
        List<String> numbers = cases == null ? List.of() : Arrays.stream(cases.split("[\\s,，;；]+"))
                .filter(n -> !n.isBlank()).toList();
        try {
            office.raiseImprovement(title, description, owner, dueOn, numbers, session.getLocale());
            title = null;
            description = null;
            owner = null;
            dueOn = null;
            cases = null;
            StaffPages.info(Messages.staff(session.getLocale(), "improvements.raised"));
            reload();
        } catch (StepRefusedException refused) {
            StaffPages.show(refused, "raise");
        }
    }

    public void progress(long id) {
        act(() -> office.reportProgress(id, texts.get(id), session.getLocale()), id);
    }

    public void close(long id, boolean done) {
        act(() -> office.closeImprovement(id, done, texts.get(id), session.getLocale()), id);
    }

    private void act(Runnable call, long id) {
        try {
            call.run();
            texts.remove(id);
            StaffPages.info(Messages.staff(session.getLocale(), "improvements.saved"));
            reload();
        } catch (StepRefusedException refused) {
            StaffPages.show(refused, "improvements");
        }
    }

    public List<Improvement> getActions() {
        return actions;
    }

    public List<Option> getStaff() {
        return office.staff();
    }

    public Map<Long, String> getTexts() {
        return texts;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public String getCases() { return cases; }
    public void setCases(String cases) { this.cases = cases; }
}
