package org.servicehall.ui.support;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Locale;

/**
 * Says in the response which language a page is in ({@code Content-Language: zh-CN} or {@code en}),
 * as {@code <html lang>} does in the page: without it the server named its own default language for
 * every page, Chinese or English. Runs once the view is built, so the locale is the one the page's
 * {@code f:view} chose for this visitor.
 */
public class ContentLanguage implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext context = FacesContext.getCurrentInstance();
        UIViewRoot view = (UIViewRoot) event.getSource();
        Locale locale = view.getLocale();
        if (context == null || locale == null || context.getExternalContext().isResponseCommitted()) {
            return;
        }
        context.getExternalContext().setResponseHeader("Content-Language", locale.toLanguageTag());
    }
}
