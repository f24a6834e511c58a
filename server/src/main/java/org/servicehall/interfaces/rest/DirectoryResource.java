package org.servicehall.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicehall.application.DirectoryAdmin.DepartmentView;
import org.servicehall.application.DirectoryAdmin.StaffView;
import org.servicehall.application.DirectoryAdmin;

/** The directory: departments, external agencies for redirects, staff. */
@Path("/v1/directory")
@RequestScoped
@Tag(name = "Directory")
@RolesAllowed({"RECEPTION", "HANDLER", "SUPERVISOR", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    DirectoryAdmin directory;

    @GET
    @Path("departments")
    @Operation(summary = "Departments and external agencies")
    public List<DepartmentView> departments() {
        return directory.departments();
    }

    @PUT
    @Path("departments/{code}")
    @RolesAllowed({"SUPERVISOR", "ADMIN"})
    @Operation(summary = "Create or change a department or agency")
    public DepartmentView saveDepartment(@PathParam("code") String code, DepartmentView body) {
        return directory.save(new DepartmentView(code, body.kind(), body.nameZh(), body.nameEn(), body.phone(),
                body.address(), body.officeHours(), body.remit(), body.active()));
    }

    @GET
    @Path("staff")
    @Operation(summary = "Staff members with their departments")
    public List<StaffView> staff() {
        return directory.staff();
    }

    @PUT
    @Path("staff/{username}")
    @RolesAllowed({"SUPERVISOR", "ADMIN"})
    @Operation(summary = "Create or change a staff member (roles and passwords live in the user registry)")
    public StaffView saveStaff(@PathParam("username") String username, StaffView body) {
        return directory.save(new StaffView(username, body.displayName(), body.staffNumber(), body.departmentCode(),
                body.window(), body.active()));
    }
}
