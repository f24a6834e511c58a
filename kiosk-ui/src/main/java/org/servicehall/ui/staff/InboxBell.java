package org.servicehall.ui.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.ui.facade.staff.InboxFacade;
import org.servicehall.ui.support.Messages;

/**
 * The bell in the staff header: the unread count, read once per request. An open screen asks again
 * when the server pushes word of a new message.
 */
@Named
@RequestScoped
public class InboxBell {

    /** Beyond this the bell says "99+". */
    static final int CAP = 99;

    private static final Logger LOG = Logger.getLogger(InboxBell.class.getName());

    @Inject
    InboxFacade inbox;

    @Inject
    StaffSession session;

    private Integer unread;

    public int getUnread() {
        if (unread == null) {
            try {
                unread = inbox.unread(CAP);
            } catch (RuntimeException e) {
                // the header is on every screen: a failed count must not take the screen with it
                LOG.log(Level.WARNING, "Unread count not available", e);
                unread = 0;
            }
        }
        return unread;
    }

    /** The count as the bell shows it. */
    public String getShown() {
        return getUnread() > CAP ? CAP + "+" : Integer.toString(getUnread());
    }

    /** What the bell says to a screen reader and as its tooltip: "消息，3 条未读". */
    public String getLabel() {
        return Messages.staff(session.getLocale(), "inbox.bellLabel", getShown());
    }

    /** The push's ajax call: nothing to do but render the bell again with a fresh count. */
    public void refresh() {
        unread = null;
    }
}
