package org.servicehall.ui.facade.staff;

import java.util.List;
import java.util.Locale;

/**
 * The logged-in staff member's inbox: reminders, alerts, supervision (督办) and messages from the
 * system addressed to them or to one of their roles. Always the caller's own: no user is named here.
 */
public interface InboxFacade {

    /** The newest messages, at most {@code max}, in the given language. */
    List<InboxMessage> messages(Locale locale, int max);

    /** How many are unread, counted up to {@code cap}. */
    int unread(int cap);

    /** Marks one read; false when it is not the caller's. */
    boolean markRead(long id);

    /** Marks all read; how many were unread. */
    int markAllRead();
}
