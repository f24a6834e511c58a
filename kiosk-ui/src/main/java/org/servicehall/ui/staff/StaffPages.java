package org.servicehall.ui.staff;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.servicehall.ui.facade.staff.StepRefusedException;

/** What the staff pages share: a refusal shown in words, next to its fields and as a message. */
final class StaffPages {

    private StaffPages() {
    }

    /**
     * Shows a refusal: each field's text next to the field (its client id is {@code form:field}
     * when the page has such a component), and the whole message at the top.
     */
    static void show(StepRefusedException refused, String form) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        for (StepRefusedException.FieldMessage field : refused.fields()) {
            String clientId = form + ":" + field.field();
            boolean present = faces.getViewRoot().findComponent(":" + clientId) != null;
            faces.addMessage(present ? clientId : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, field.message(), null));
        }
        if (refused.fields().isEmpty() || refused.fields().size() > 1) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
