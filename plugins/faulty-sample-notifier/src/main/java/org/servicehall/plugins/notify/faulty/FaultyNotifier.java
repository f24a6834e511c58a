package org.servicehall.plugins.notify.faulty;

import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.notify.Message;
import org.servicehall.plugin.api.notify.Notifier;
import org.servicehall.plugin.api.notify.Recipient;

/** Accepts every recipient (that call works), then throws on every send. */
@Component(service = Notifier.class)
public class FaultyNotifier implements Notifier {

    @Override
    public String id() {
        return "faulty";
    }

    @Override
    public boolean accepts(Recipient recipient) {
        return true;
    }

    @Override
    public void send(Message message) {
        throw new IllegalStateException("faulty notifier: send throws");
    }
}
