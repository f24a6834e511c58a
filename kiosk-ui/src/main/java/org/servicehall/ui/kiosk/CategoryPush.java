package org.servicehall.ui.kiosk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.servicehall.ui.facade.event.CategoriesChanged;

/** Tells open kiosk screens over their web socket that the category tiles changed. */
@ApplicationScoped
public class CategoryPush {

    /** The message open screens listen for. */
    public static final String CHANGED = "changed";

    @Inject
    @Push(channel = "categories")
    PushContext categories;

    void onChange(@Observes CategoriesChanged change) {
        categories.send(CHANGED);
    }
}
