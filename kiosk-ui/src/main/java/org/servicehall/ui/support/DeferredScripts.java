package org.servicehall.ui.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

/**
 * Lets the pages load their scripts with {@code defer} (PrimeFaces' {@code MOVE_SCRIPTS_TO_BOTTOM =
 * defer}, web.xml) under the Content Security Policy. Deferred, the scripts no longer hold up the
 * first paint on a phone; PrimeFaces then runs the page's inline scripts when the document is
 * ready, except one: the script that its CSP support writes last, which registers the components'
 * event handlers ({@code PrimeFaces.csp.register(...)}), comes after the deferred scripts have been
 * collected and would run before PrimeFaces is loaded ("PrimeFaces is not defined": no button of the
 * page would work). This writer sits beneath PrimeFaces' own and makes that script wait for the
 * document too, after the components it names have been built.
 */
public class DeferredScripts extends RenderKitFactory {

    static final String REGISTER_HANDLERS = "PrimeFaces.csp.register(";

    public DeferredScripts(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null || !deferred(context) ? kit : new Kit(kit);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static boolean deferred(FacesContext context) {
        FacesContext current = context != null ? context : FacesContext.getCurrentInstance();
        return current != null
                && "defer".equalsIgnoreCase(current.getExternalContext().getInitParameter("primefaces.MOVE_SCRIPTS_TO_BOTTOM"));
    }

    private static final class Kit extends RenderKitWrapper {

        Kit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
            ResponseWriter created = getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding);
            FacesContext context = FacesContext.getCurrentInstance();
            // an ajax answer runs its scripts itself once the page's scripts are there
            boolean ajax = context != null && context.getPartialViewContext().isAjaxRequest();
            return ajax ? created : new HandlersWhenReady(created);
        }
    }

    /** Wraps the handler registrations of a whole page in a listener for DOMContentLoaded. */
    static final class HandlersWhenReady extends ResponseWriterWrapper {

        private boolean inScript;

        HandlersWhenReady(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            inScript = "script".equalsIgnoreCase(name);
            super.startElement(name, component);
        }

        @Override
        public void endElement(String name) throws IOException {
            if ("script".equalsIgnoreCase(name)) {
                inScript = false;
            }
            super.endElement(name);
        }

        @Override
        public void writeText(Object text, String property) throws IOException {
            super.writeText(whenReady(text), property);
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new HandlersWhenReady(getWrapped().cloneWithWriter(writer));
        }

        private Object whenReady(Object text) {
            if (inScript && text instanceof String script && script.startsWith(REGISTER_HANDLERS)) {
                return "document.addEventListener(\"DOMContentLoaded\",function(){" + script + "});";
            }
            return text;
        }
    }
}
