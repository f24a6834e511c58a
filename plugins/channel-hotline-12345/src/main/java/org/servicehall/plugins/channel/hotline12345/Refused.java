package org.servicehall.plugins.channel.hotline12345;

/** A refusal in the hotline's format. */
final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;

    Refused(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
