package org.servicehall.interfaces.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicehall.application.CallerContext;
import org.servicehall.application.StaffInbox;
import org.servicehall.ui.facade.staff.InboxFacade;
import org.servicehall.ui.facade.staff.InboxMessage;

/** The staff inbox for the screens: always the logged-in caller's own. */
@ApplicationScoped
public class DefaultInboxFacade implements InboxFacade {

    @Inject
    CallerContext caller;

    @Inject
    StaffInbox inbox;

    @Inject
    Clock clock;

    @Override
    public List<InboxMessage> messages(Locale locale, int max) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return inbox.latest(username(), roles(), max).stream()
                .map(item -> new InboxMessage(item.id(), LocalDateTime.ofInstant(item.at(), clock.getZone()), item.kind(),
                        item.trackingNumber(), english ? item.subjectEn() : item.subjectZh(),
                        english ? item.bodyEn() : item.bodyZh(), item.important(), item.read()))
                .toList();
    }

    @Override
    public int unread(int cap) {
        return inbox.unread(username(), roles(), cap);
    }

    @Override
    public boolean markRead(long id) {
        return inbox.markRead(username(), roles(), id);
    }

    @Override
    public int markAllRead() {
        return inbox.markAllRead(username(), roles());
    }

    private String username() {
        return caller.actor().id();
    }

    private Set<String> roles() {
        return caller.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
