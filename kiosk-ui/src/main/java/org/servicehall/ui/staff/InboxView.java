package org.servicehall.ui.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.servicehall.ui.facade.staff.InboxFacade;
import org.servicehall.ui.facade.staff.InboxMessage;
import org.servicehall.ui.support.Messages;

/** The inbox page: the newest messages, marking them read one by one or all at once, and opening their cases. */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The page shows this many of the newest messages. */
    static final int SHOWN = 100;

    @Inject
    transient InboxFacade inbox;

    @Inject
    StaffSession session;

    private List<InboxMessage> messages;

    public List<InboxMessage> getMessages() {
        if (messages == null) {
            messages = inbox.messages(session.getLocale(), SHOWN);
        }
        return messages;
    }

    public boolean isAnyUnread() {
        return getMessages().stream().anyMatch(m -> !m.read());
    }

    public void markRead(long id) {
        inbox.markRead(id);
        messages = null;
    }

    public void markAllRead() {
        int marked = inbox.markAllRead();
        messages = null;
        StaffPages.info(Messages.staff(session.getLocale(), "inbox.allRead", marked));
    }

    /** Opens the message's case, marked read: the message has done its job. */
    public String open(InboxMessage message) {
        inbox.markRead(message.id());
        messages = null;
        return "/staff/case?faces-redirect=true&n=" + URLEncoder.encode(message.trackingNumber(), StandardCharsets.UTF_8);
    }

    /** New messages arrived while the page was open: read them again. */
    public void refresh() {
        messages = null;
    }
}
