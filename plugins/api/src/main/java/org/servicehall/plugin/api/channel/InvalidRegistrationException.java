package org.servicehall.plugin.api.channel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A registration the host refused: each wrong field with a code such as {@code required},
 * {@code unknown}, {@code invalid} or {@code tooLong}. Nothing was filed.
 */
public class InvalidRegistrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> problems;

    /** @param problems field → problem code */
    public InvalidRegistrationException(Map<String, String> problems) {
        super("invalid registration: " + problems);
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Field → problem code, in the order found. */
    public Map<String, String> problems() {
        return problems;
    }
}
