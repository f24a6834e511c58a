package org.servicehall.ui.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.servicehall.ui.facade.staff.OfficeDesk;
import org.servicehall.ui.support.Messages;

/**
 * Staff login and logout. The login goes through the server's authentication mechanism (user
 * registry and wrong-password lock, see the server's StaffAuthentication), which keeps it in the
 * single sign-on cookie; the role decides the first page. A refusal does not say whether the name
 * exists: a wrong password and an unknown name read the same, and a lock reads the same for both.
 */
@Named
@RequestScoped
public class LoginView {

    private static final Logger LOG = Logger.getLogger(LoginView.class.getName());

    /** The request attribute the authentication mechanism sets when the name is locked: the minutes left. */
    static final String LOCKED_MINUTES = "org.servicehall.login.lockedMinutes";

    @Inject
    StaffSession session;

    @Inject
    OfficeDesk office;

    @Inject
    SecurityContext security;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(new UsernamePasswordCredential(
                        username == null ? "" : username.strip(), new Password(password == null ? "" : password))));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        if (status != AuthenticationStatus.SUCCESS) {
            // no user name in the log: what was typed is not trusted input
            LOG.fine("staff login refused");
            password = null;
            String message = request.getAttribute(LOCKED_MINUTES) instanceof Long minutes
                    ? Messages.staff(session.getLocale(), "login.locked", minutes)
                    : Messages.staff(session.getLocale(),
                            office.staffDirectoryUnreachable() ? "login.directoryDown" : "login.failed");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            return;
        }
        request.changeSessionId();
        session.forget();
        if (!session.getMe().roles().stream().anyMatch(StaffAreaFilter.STAFF::contains)) {
            request.logout();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.staff(session.getLocale(), "login.noRole"), null));
            return;
        }
        String target = StaffAreaFilter.isStaffPage(next) ? next : session.getHome();
        external.redirect(external.getRequestContextPath() + target);
    }

    public void logout() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (ServletException e) {
            LOG.fine("logout: " + e.getMessage());
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?bye=true");
    }

    /** A deployed server without its first administrator: the page explains why no login works. */
    public boolean isNoStaffAccount() {
        return office.noStaffAccount();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
