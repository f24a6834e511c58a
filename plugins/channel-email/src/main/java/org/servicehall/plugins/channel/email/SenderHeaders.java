package org.servicehall.plugins.channel.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Who sent a mail and where answers go: From and Reply-To read from the header block. */
final class SenderHeaders {

    private SenderHeaders() {
    }

    /** The addresses of a header as the mail's header block has them; the envelope's when that cannot be read. */
    static Address[] header(MimeMessage message, String name, Address[] envelope) throws MessagingException {
        String raw = message.getHeader(name, ",");
        if (raw == null) {
            return envelope;
        }
        try {
            return InternetAddress.parseHeader(Texts.repairUtf8(raw), false);
        } catch (AddressException e) {
            return envelope;
        }
    }

    static InternetAddress sender(Address[] addresses) {
        if (addresses == null) {
            return null;
        }
        for (Address a : addresses) {
            if (a instanceof InternetAddress ia && ia.getAddress() != null) {
                try {
                    InternetAddress strict = new InternetAddress(ia.getAddress(), true);
                    strict.validate();
                    String address = strict.getAddress();
                    if (address.length() <= 200 && address.chars().noneMatch(Character::isISOControl)) {
                        return ia;
                    }
                } catch (AddressException e) {
                    // try the next one
                }
            }
        }
        return null;
    }
}
