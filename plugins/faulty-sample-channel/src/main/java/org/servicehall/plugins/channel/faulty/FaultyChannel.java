package org.servicehall.plugins.channel.faulty;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.channel.ChannelAdapter;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.ChannelRequest;
import org.servicehall.plugin.api.channel.ChannelResponse;
import org.servicehall.plugin.api.channel.Registration;
import org.servicehall.plugin.api.channel.StatusChange;
import org.servicehall.plugin.api.common.LocalizedText;

/**
 * Misbehaves on request. Its endpoint {@code /api/v1/channels/faulty/<path>}: {@code ok} answers;
 * {@code throw} and {@code hang} make this very call throw or hang; {@code file} registers a
 * complaint (the body is its text; {@code ref} its external id, so that a retry files nothing new)
 * and answers its tracking number; {@code poll?mode=quiet|throw|hang}
 * and {@code deliver?mode=ok|throw|hang} set how its polls (every second) and its deliveries of
 * status changes behave from now on; {@code delivered} lists the complaints whose changes it
 * acknowledged. A new start of the bundle starts quiet and delivering.
 */
@Component(service = ChannelAdapter.class, property = ChannelAdapter.PROPERTY_CHANNEL_ID + "=" + FaultyChannel.ID)
public class FaultyChannel implements ChannelAdapter {

    static final String ID = "faulty";

    private final Modes modes = new Modes();
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("故障测试渠道", "Faulty test channel");
    }

    @Override
    public String channelCode() {
        return "FAULTY_SAMPLE";
    }

    @Override
    public ChannelResponse handle(ChannelRequest request, ChannelContext context) throws Exception {
        switch (request.path()) {
            case "ok":
                return ChannelResponse.text(200, "ok");
            case "throw":
                throw new IllegalStateException("faulty channel: handle throws");
            case "hang":
                hang();
                return ChannelResponse.text(200, "late");
            case "file":
                String ref = request.queryParameter("ref").orElse(UUID.randomUUID().toString());
                String number = context.register(Registration.builder("faulty-" + ref)
                        .category(request.queryParameter("category").orElse("SERVICE_ATTITUDE"))
                        .description(request.bodyAsText()).build()).trackingNumber();
                return ChannelResponse.text(200, number);
            case "poll":
                return ChannelResponse.text(200, modes.setPollMode(request));
            case "deliver":
                return ChannelResponse.text(200, modes.setDeliverMode(request));
            case "delivered":
                return ChannelResponse.text(200, String.join(",", delivered));
            default:
                return ChannelResponse.text(404, "not found");
        }
    }

    @Override
    public Optional<Duration> pollInterval() {
        return Optional.of(Duration.ofSeconds(1));
    }

    @Override
    public void poll(ChannelContext context) throws Exception {
        switch (modes.nextPoll()) {
            case "throw" -> throw new IllegalStateException("faulty channel: poll throws");
            case "hang" -> hang();
            default -> {
                // quiet: nothing waits at the counterpart
            }
        }
    }

    @Override
    public Set<StatusChange.Kind> statusChanges() {
        return EnumSet.allOf(StatusChange.Kind.class);
    }

    @Override
    public boolean deliver(StatusChange change, ChannelContext context) throws Exception {
        switch (modes.deliverMode()) {
            case "throw" -> throw new IllegalStateException("faulty channel: deliver throws");
            case "hang" -> hang();
            default -> delivered.add(change.trackingNumber());
        }
        return true;
    }

    /** A call that never ends by itself; the host's time limit interrupts it. */
    private static void hang() throws InterruptedException {
        Thread.sleep(Duration.ofMinutes(10).toMillis());
    }
}
