package org.servicehall.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.servicehall.application.CallerContext;
import org.servicehall.domain.model.directory.Directory;
import org.servicehall.domain.model.directory.StaffMember;
import org.servicehall.domain.shared.Actor;

/**
 * The caller of the current request as the container authenticated them. The primary role is the
 * most senior of their roles (supervisor, handler, reception, admin); the department comes from
 * the staff directory; the terminal from the {@code X-Terminal} header, else the channel.
 */
@RequestScoped
public class ContainerCallerContext implements CallerContext {

    private static final Pattern TERMINAL = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Actor.Role[] SENIORITY = {
        Actor.Role.SUPERVISOR, Actor.Role.HANDLER, Actor.Role.RECEPTION, Actor.Role.ADMIN
    };

    @Inject
    HttpServletRequest request;

    @Inject
    Directory directory;

    private Actor actor;
    private String displayName;

    @Override
    public Actor actor() {
        if (actor == null) {
            resolve();
        }
        return actor;
    }

    @Override
    public String displayName() {
        if (actor == null) {
            resolve();
        }
        return displayName;
    }

    @Override
    public Set<Actor.Role> roles() {
        Set<Actor.Role> roles = EnumSet.noneOf(Actor.Role.class);
        for (Actor.Role role : SENIORITY) {
            if (request.isUserInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    private void resolve() {
        Principal principal = request.getUserPrincipal();
        String header = request.getHeader("X-Terminal");
        String terminal = header != null && TERMINAL.matcher(header).matches() ? header : "API";
        if (principal == null) {
            actor = Actor.citizen(terminal);
            displayName = Actor.ANONYMOUS;
            return;
        }
        String username = principal.getName();
        Set<Actor.Role> roles = roles();
        Actor.Role primary = roles.isEmpty() ? Actor.Role.CITIZEN
                : Arrays.stream(SENIORITY).filter(roles::contains).findFirst().orElseThrow();
        Optional<StaffMember> member = directory.staffMember(username);
        actor = Actor.staff(username, primary, terminal, member.flatMap(StaffMember::departmentCode).orElse(null));
        displayName = member.map(StaffMember::displayName).orElse(username);
    }
}
