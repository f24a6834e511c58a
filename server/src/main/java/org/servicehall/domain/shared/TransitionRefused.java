package org.servicehall.domain.shared;

import java.util.List;

/**
 * A rule refused an action: the complaint is not in a state that allows it, the actor's role may
 * not do it, or an input breaks a rule. The code names the reason for people (screens and the API
 * translate it); the arguments fill in the details.
 */
public class TransitionRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient List<Object> args;

    public TransitionRefused(String code, Object... args) {
        super(code + " " + List.of(args), null, false, false);
        this.code = code;
        this.args = List.of(args);
    }

    /** A stable reason code such as {@code state}, {@code role}, {@code recusal}. */
    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
