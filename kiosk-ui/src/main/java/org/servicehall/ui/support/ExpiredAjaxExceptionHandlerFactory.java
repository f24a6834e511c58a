package org.servicehall.ui.support;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * An ajax request whose view expired (the session ended: idle time, the kiosk's reset, a restart)
 * is sent to /error/expired.xhtml, which routes on to where the user belongs ({@link ExpiredView}).
 * PrimeFaces' handler would do the same, but with its Content Security Policy on it first asks the
 * view for the page's nonce, and an expired request has no view: it fails, and the user got the
 * error page instead. So this handler, wrapped around PrimeFaces', takes that case first.
 */
public class ExpiredAjaxExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredAjaxExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null && context.getViewRoot() == null && context.getPartialViewContext().isAjaxRequest()) {
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    if (expired(events.next().getContext().getException())) {
                        events.remove();
                        redirect(context);
                    }
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void redirect(FacesContext context) {
            if (context.getResponseComplete()) {
                return;
            }
            try {
                context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + "/error/expired.xhtml");
                context.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
