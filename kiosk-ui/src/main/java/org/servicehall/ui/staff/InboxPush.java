package org.servicehall.ui.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.servicehall.ui.facade.event.StaffMessagePosted;

/**
 * Tells every open staff screen over its web socket that a message for staff arrived; each screen
 * then asks for its own unread count, so nothing of the message, nor whom it is for, travels in the push.
 */
@ApplicationScoped
public class InboxPush {

    /** The message open staff screens listen for. */
    public static final String POSTED = "inbox";

    @Inject
    @Push(channel = "inbox")
    PushContext inbox;

    void onPosted(@Observes StaffMessagePosted posted) {
        inbox.send(POSTED);
    }
}
