package org.servicehall.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.InvalidInputException;
import org.servicehall.application.PluginAdministration;
import org.servicehall.application.PluginReport;
import org.servicehall.interfaces.messages.ProcessMessages;

/** The plugin report for IT staff: every installed plugin with its state, contributions and failures. */
@Path("/v1/plugins")
@RequestScoped
@Tag(name = "Plugins")
@RolesAllowed("ADMIN")
public class PluginResource {

    @Inject
    PluginReport report;

    @Inject
    PluginAdministration administration;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Installed plugins: state, version, contributions, call failures, last error, circuit")
    public List<PluginReport.Plugin> plugins() {
        return report.plugins();
    }

    @POST
    @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a plugin jar: checked (and signature-verified when required), then installed or updated")
    public Response upload(@QueryParam("fileName") String fileName, InputStream body) {
        return answer(administration.upload(fileName, body, actor()));
    }

    @POST
    @Path("{plugin}/stop")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop a plugin; it stays stopped across restarts until started")
    public Response stop(@PathParam("plugin") String plugin) {
        return answer(administration.stop(plugin, actor()));
    }

    @POST
    @Path("{plugin}/start")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a stopped plugin")
    public Response start(@PathParam("plugin") String plugin) {
        return answer(administration.start(plugin, actor()));
    }

    @DELETE
    @Path("{plugin}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove a plugin: uninstalled, its jar moved out of the plugin folder")
    public Response remove(@PathParam("plugin") String plugin) {
        return answer(administration.remove(plugin, actor()));
    }

    @GET
    @Path("rejections")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Jars the checks turned away, newest first, with the reason")
    public List<PluginAdministration.Rejection> rejections() {
        return administration.rejections(100);
    }

    @GET
    @Path("audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who did what to which plugin, newest first")
    public List<PluginAdministration.AuditEntry> audit() {
        return administration.audit(200);
    }

    @GET
    @Path("{plugin}/settings")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A plugin's settings by service (kind and id), as on the plugin screen; secrets only as set or not")
    public Response settings(@PathParam("plugin") String plugin) {
        if (!installed(plugin)) {
            return notInstalled(plugin);
        }
        return Response.ok(new PluginSettings(plugin, groups(plugin))).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * Saves settings of one service of the plugin, checked like the plugin screen's: {@code {"kind":
     * "channel", "id": "wechat", "values": {"key": "value", ...}}} (kind and id may be left out when
     * the plugin has one service). A string, number or boolean sets the value; "" goes back to the
     * default (a SECRET keeps its value, as on the screen); null removes the stored value (a SECRET
     * too). Unknown keys and values that do not fit their type are refused and nothing is saved. The
     * plugin audit trail records the keys, never the values.
     */
    @PUT
    @Path("{plugin}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change settings of one of the plugin's services; audited by key, secrets write-only")
    public Response saveSettings(@PathParam("plugin") String plugin, InputStream body) {
        ProcessMessages messages = ProcessMessages.of(headers);
        if (!installed(plugin)) {
            return notInstalled(plugin);
        }
        JsonBody json;
        try {
            json = JsonBody.read(body);
        } catch (JsonBody.Unreadable e) {
            return Problem.of(messages, e.status == 413 ? "tooLarge" : "unreadable", e.status, e.reason).toResponse(messages);
        }
        String kind = json.string("kind");
        String id = json.string("id");
        JsonObject values = json.object("values");
        List<FieldViolation> violations = new ArrayList<>(json.typeErrors());
        if (values == null && violations.isEmpty()) {
            violations.add(FieldViolation.of("values", "required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<SettingGroup> groups = groups(plugin);
        Optional<SettingGroup> group = kind == null && id == null && groups.size() == 1
                ? Optional.of(groups.get(0))
                : groups.stream().filter(g -> g.kind().equals(kind) && g.id().equals(id)).findFirst();
        if (group.isEmpty()) {
            return Problem.of(messages, "notFound", 404, "plugin.settings.noGroup", plugin).toResponse(messages);
        }
        Set<String> declared = new HashSet<>();
        group.get().settings().forEach(setting -> declared.add(setting.key()));
        Map<String, String> set = new LinkedHashMap<>();
        Set<String> removed = new LinkedHashSet<>();
        for (Map.Entry<String, JsonValue> entry : values.entrySet()) {
            String field = "values." + entry.getKey();
            if (!declared.contains(entry.getKey())) {
                violations.add(FieldViolation.of(field, "unknown"));
                continue;
            }
            switch (entry.getValue().getValueType()) {
                case NULL -> removed.add(entry.getKey());
                case STRING -> set.put(entry.getKey(), ((JsonString) entry.getValue()).getString());
                case NUMBER, TRUE, FALSE -> set.put(entry.getKey(), entry.getValue().toString());
                default -> violations.add(FieldViolation.of(field, "wrongType", "string"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        PluginAdministration.Result result = administration.saveSettings(group.get().kind(), group.get().id(), set,
                removed, actor());
        if (result.outcome() == PluginAdministration.Outcome.REJECTED && "INVALID_SETTING".equals(result.reason())) {
            throw new InvalidInputException(List.of(FieldViolation.of("values." + result.detail(), "invalid")));
        }
        return answer(result);
    }

    private boolean installed(String plugin) {
        return report.plugins().stream().anyMatch(p -> p.symbolicName().equals(plugin));
    }

    private Response notInstalled(String plugin) {
        ProcessMessages messages = ProcessMessages.of(headers);
        return Problem.of(messages, "notFound", 404, "plugin.outcome.NOT_FOUND", plugin).toResponse(messages);
    }

    private List<SettingGroup> groups(String plugin) {
        return administration.settings().stream().filter(g -> g.plugin().equals(plugin))
                .map(g -> new SettingGroup(g.kind(), g.id(), g.fields())).toList();
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    private Response answer(PluginAdministration.Result result) {
        ProcessMessages messages = ProcessMessages.of(headers);
        String message = result.reason() != null
                ? messages.get("plugin.reject." + result.reason())
                : messages.get("plugin.outcome." + result.outcome().name(), result.plugin());
        int status = switch (result.outcome()) {
            case DONE -> 200;
            case REJECTED -> 422;
            case NOT_FOUND -> 404;
            case FAILED -> 409;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ActionResponse(
                result.outcome().name(), result.plugin(), result.version(), result.reason(), message, result.detail())).build();
    }
}
