package org.servicehall.ui.support;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Map;

/**
 * Keeps PrimeFaces' Content Security Policy nonce of a view in the view's own state instead of
 * its view map, so that a session written to the database (several servers, README "Several
 * servers") can be read back on another server.
 *
 * <p>PrimeFaces keeps the nonce in the view map, and with CDI the view map keeps an entry that is
 * not a bean under a key class of MyFaces ({@code org.apache.myfaces.cdi.NonContextualKey}) that
 * Open Liberty's Faces feature does not let the session store load: the whole view scope of the
 * session, every view-scoped screen bean, was lost on the other server. Before the view is
 * rendered (after PrimeFaces has made or checked the nonce) the nonce moves into an attribute of the
 * view root, which is saved with the view; after the view is restored on a postback it goes back
 * into the view map, where PrimeFaces checks the nonce the page posts.
 */
public class CspNonceInViewState implements PhaseListener, SystemEventListener {

    private static final long serialVersionUID = 1L;

    /** PrimeFaces' key of the nonce in the view map (org.primefaces.csp.CspState). */
    static final String PRIMEFACES_NONCE = "primefaces.nonce";
    /** Where the view root keeps it meanwhile. */
    static final String KEPT_NONCE = "servicehall.cspNonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view is restored, and the response done, only after a phase
    }

    /**
     * After the view is restored on a postback: back into the view map for PrimeFaces' check of the
     * posted nonce. After the response (rendered, or a redirect that renders nothing): out of the
     * view map again, before the session is written.
     */
    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (view == null) {
            return;
        }
        if (event.getPhaseId() == PhaseId.RESTORE_VIEW && context.isPostback() && !context.getResponseComplete()) {
            Object kept = view.getAttributes().get(KEPT_NONCE);
            if (kept != null) {
                view.getViewMap().put(PRIMEFACES_NONCE, kept);
            }
        } else if (event.getPhaseId() == PhaseId.RENDER_RESPONSE || context.getResponseComplete()) {
            Map<String, Object> viewMap = view.getViewMap(false);
            if (viewMap != null) {
                viewMap.remove(PRIMEFACES_NONCE);
            }
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    /** Before rendering (PreRenderViewEvent): out of the view map, into the view's saved state. */
    @Override
    public void processEvent(SystemEvent event) {
        UIViewRoot view = (UIViewRoot) event.getSource();
        Map<String, Object> viewMap = view.getViewMap(false);
        if (viewMap == null || view.isTransient()) {
            return;
        }
        Object nonce = viewMap.remove(PRIMEFACES_NONCE);
        if (nonce != null) {
            view.getAttributes().put(KEPT_NONCE, nonce);
        }
    }
}
