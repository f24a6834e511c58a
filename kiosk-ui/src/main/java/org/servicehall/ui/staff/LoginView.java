package org.servicehall.ui.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.logging.Logger;
import org.servicehall.ui.facade.staff.StaffFacade;
import org.servicehall.ui.support.Messages;

/** Staff login and logout against the server's user registry; the role decides the first page. */
@Named
@RequestScoped
public class LoginView {

    private static final Logger LOG = Logger.getLogger(LoginView.class.getName());

    @Inject
    StaffSession session;

    @Inject
    StaffFacade facade;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(username == null ? "" : username.strip(), password == null ? "" : password);
        } catch (ServletException e) {
            // no user name in the log: what was typed is not trusted input
            LOG.fine("staff login refused");
            password = null;
            String why = facade.staffDirectoryUnreachable() ? "login.directoryDown" : "login.failed";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.staff(session.getLocale(), why), null));
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
        return facade.noStaffAccount();
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
