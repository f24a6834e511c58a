package org.servicehall.plugins.notify.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.servicehall.plugin.api.notify.Recipient;

/** The sender from the settings and a message's recipients, as checked mail addresses. */
final class Addresses {

    private Addresses() {
    }

    /** {@code 政务服务中心 <tongzhi@hall.example>}: the name goes out as UTF-8, whatever the setting's quoting. */
    static InternetAddress sender(String setting) throws NotSent {
        try {
            InternetAddress parsed = new InternetAddress(setting, false);
            parsed.validate();
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new NotSent("email: the setting from is not a mail address with an optional name");
        }
    }

    static List<InternetAddress> of(Recipient recipient, EmailSettings settings) throws NotSent {
        List<String> wanted = switch (recipient.kind()) {
            case COMPLAINANT, STAFF -> recipient.email().filter(e -> !e.isBlank()).map(List::of).orElse(List.of());
            case ROLE -> settings.addressesOf(recipient.id());
        };
        if (wanted.isEmpty()) {
            throw new NotSent("email: no address for " + recipient);
        }
        List<InternetAddress> addresses = new ArrayList<>();
        for (String address : wanted) {
            try {
                InternetAddress parsed = new InternetAddress(address.strip(), true);
                parsed.validate();
                addresses.add(parsed);
            } catch (AddressException e) {
                throw new NotSent("email: an address of " + recipient + " is not a mail address");
            }
        }
        return addresses;
    }
}
