package org.servicehall.plugins.notify.wecom;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.servicehall.plugin.api.common.Configurable;
import org.servicehall.plugin.api.common.SettingSpec;
import org.servicehall.plugin.api.notify.Message;
import org.servicehall.plugin.api.notify.Notifier;
import org.servicehall.plugin.api.notify.NotifierContext;
import org.servicehall.plugin.api.notify.Recipient;

/**
 * Posts messages for the configured roles (the supervisors by default) to a duty group through a
 * WeCom or DingTalk group robot. It serves roles only: a complainant or a single staff member is
 * never posted to a group. A message the platform did not put into the group (an HTTP error, an
 * {@code errcode} other than 0, no answer) makes {@link #send} throw, and the host tries again.
 *
 * <p>Settings: see {@link RobotSettingSpecs#all()}. The log names the outbox id and the role, never
 * the webhook address or the text.
 */
@Component(service = Notifier.class)
public class GroupRobotNotifier implements Notifier, Configurable {

    static final String ID = "wecom";
    private static final Logger LOG = Logger.getLogger(GroupRobotNotifier.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final NotifierContext context;
    private final HttpClient http;

    @Activate
    public GroupRobotNotifier(@Reference NotifierContext context) {
        this.context = Objects.requireNonNull(context, "context");
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER);
        // a hall's network often reaches the platforms only through the proxy set for the JVM (https.proxyHost)
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies != null) {
            builder.proxy(proxies);
        }
        this.http = builder.build();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean accepts(Recipient recipient) {
        return recipient != null && recipient.kind() == Recipient.Kind.ROLE && RobotSettings.read(context).serves(recipient.id());
    }

    @Override
    public void send(Message message) throws NotPosted {
        RobotSettings settings = RobotSettings.read(context);
        if (!settings.missing().isEmpty()) {
            throw new NotPosted("wecom: not configured, settings missing or invalid: " + String.join(", ", settings.missing()));
        }
        Recipient recipient = message.recipient();
        if (recipient.kind() != Recipient.Kind.ROLE || !settings.serves(recipient.id())) {
            throw new NotPosted("wecom: posts only messages to the roles in the setting roles, not to " + recipient.kind());
        }
        Platform platform = settings.platform();
        URI address = platform.address(Webhook.address(settings.webhookUrl()), settings.signingSecret(), context.now());
        String text = RobotText.of(message, platform.maxTextBytes);
        byte[] body = platform.payload(text, settings.mentionAll() && message.important()).toString()
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(address).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        String where = platform.name().toLowerCase(Locale.ROOT) + " webhook at " + address.getHost();
        HttpResponse<InputStream> response;
        String answer;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                answer = new String(in.readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new NotPosted("wecom: the " + where + " cannot be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotPosted("wecom: interrupted while posting to the " + where);
        }
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw new NotPosted("wecom: the " + where + " answered HTTP " + response.statusCode());
        }
        RobotJson.Answer result = RobotJson.answer(answer)
                .orElseThrow(() -> new NotPosted("wecom: the " + where + " answered without an errcode"));
        if (result.errcode() != 0) {
            throw new NotPosted("wecom: the " + where + " refused the message: errcode " + result.errcode() + " "
                    + RobotText.cut(result.errmsg().replaceAll("\\p{Cntrl}", " "), 300));
        }
        LOG.log(Level.INFO, "wecom: message {0} to {1} posted to the {2} group",
                new Object[] {Long.toString(message.id()), recipient, platform.name().toLowerCase(Locale.ROOT)});
    }

    @Override
    public List<SettingSpec> settings() {
        return RobotSettingSpecs.all();
    }
}
