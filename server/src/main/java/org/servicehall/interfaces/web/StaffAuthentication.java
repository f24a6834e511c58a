package org.servicehall.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.PasswordValidationCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.servicehall.application.LoginThrottle;
import org.servicehall.interfaces.rest.ProblemResponses;

/**
 * Every staff login passes here: the login page ({@code SecurityContext.authenticate} with the typed
 * name and password) and HTTP Basic on any request. The password is checked against the server's
 * user registry (the container's {@code PasswordValidationCallback}, so basicRegistry or LDAP alike)
 * after the {@link LoginThrottle}: a name locked for wrong passwords is refused even with the right
 * one, and every wrong password counts, whichever way it came.
 *
 * <p>A login on the page registers a session: the container keeps it in the single sign-on cookie
 * (SERVICEHALL_SSO) and checks that cookie itself on later requests, without asking here again
 * ({@code useLtpaSSOForJaspic} in server.xml). Logged-out cookies are tracked by the container
 * ({@code trackLoggedOutSSOCookies}), so a copy kept from before a logout opens nothing. HTTP Basic registers nothing: each
 * request carries its credentials and is checked like a login.
 *
 * <p>Refusals over Basic are 401 with {@code WWW-Authenticate} and a problem body in the caller's
 * language; a lock says for how long, never whether the name exists.
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    /** Set on the request when the login page's credentials were refused because the name is locked: the minutes left (Long). */
    public static final String LOCKED_MINUTES = "org.servicehall.login.lockedMinutes";

    private static final Logger LOG = Logger.getLogger(StaffAuthentication.class.getName());
    private static final String REALM = "ServiceHall";
    /** The JASPIC property asking the container to keep the login as a session (its SSO cookie). */
    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential typed) {
            return loginPage(typed, request, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).strip(), request, response, context);
        }
        if (context.isProtected()) {
            return refuse(request, response, context, "unauthorized", "login.required");
        }
        return context.doNothing();
    }

    private AuthenticationStatus loginPage(UsernamePasswordCredential typed, HttpServletRequest request,
                                           HttpMessageContext context) throws AuthenticationException {
        String username = typed.getCaller() == null ? "" : typed.getCaller().strip();
        LoginThrottle.Standing standing = throttle.standing(username);
        if (standing.locked()) {
            request.setAttribute(LOCKED_MINUTES, minutes(standing.lockedUntil().get()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (!passwordValid(context, username, typed.getPasswordAsString())) {
            throttle.failed(username, request.getRemoteAddr())
                    .ifPresent(until -> request.setAttribute(LOCKED_MINUTES, minutes(until)));
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (standing.failures() > 0) {
            throttle.succeeded(username);
        }
        // a session the container keeps in its single sign-on cookie, for the screens' later requests
        context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
        return AuthenticationStatus.SUCCESS;
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) throws AuthenticationException {
        Optional<String[]> pair = decode(encoded);
        if (pair.isEmpty()) {
            return refuse(request, response, context, "unauthorized", "login.failed");
        }
        String username = pair.get()[0].strip();
        String password = pair.get()[1];
        LoginThrottle.Standing standing = throttle.standing(username);
        if (standing.locked()) {
            return refuse(request, response, context, "locked", "login.locked", minutes(standing.lockedUntil().get()));
        }
        if (!passwordValid(context, username, password)) {
            Optional<Instant> locked = throttle.failed(username, request.getRemoteAddr());
            return locked.isPresent()
                    ? refuse(request, response, context, "locked", "login.locked", minutes(locked.get()))
                    : refuse(request, response, context, "unauthorized", "login.failed");
        }
        if (standing.failures() > 0) {
            throttle.succeeded(username);
        }
        return AuthenticationStatus.SUCCESS;
    }

    /**
     * Asks the container's user registry. A valid password also names the caller in the client
     * subject, with the registry's realm and groups (so the roles of server.xml apply): nothing
     * more is to be said to the container, and naming the caller again (a CallerPrincipalCallback)
     * would replace the registry's realm with a default one and lose the roles.
     */
    private static boolean passwordValid(HttpMessageContext context, String username, String password)
            throws AuthenticationException {
        if (username.isEmpty() || password == null || password.isEmpty()) {
            return false;
        }
        PasswordValidationCallback check = new PasswordValidationCallback(context.getClientSubject(), username,
                password.toCharArray());
        handle(context, check);
        check.clearPassword();
        return check.getResult();
    }

    private static void handle(HttpMessageContext context, Callback callback) throws AuthenticationException {
        try {
            context.getHandler().handle(new Callback[] {callback});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException(e);
        }
    }

    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context, String kind, String detailKey, Object... args) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        try {
            ProblemResponses.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, kind, detailKey, args);
        } catch (IOException e) {
            LOG.log(Level.FINE, "the refusal could not be written", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The whole minutes a lock still runs, at least one. */
    private long minutes(Instant until) {
        long seconds = Duration.between(clock.instant(), until).getSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }

    private static Optional<String[]> decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? Optional.empty() : Optional.of(new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
