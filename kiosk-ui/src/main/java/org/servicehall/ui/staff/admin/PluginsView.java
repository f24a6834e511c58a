package org.servicehall.ui.staff.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.servicehall.ui.facade.admin.PluginAdminFacade.ActionResult;
import org.servicehall.ui.facade.admin.PluginAdminFacade;
import org.servicehall.ui.facade.admin.PluginRow;
import org.servicehall.ui.staff.StaffSession;
import org.servicehall.ui.support.Messages;

/**
 * The plugin screen for IT staff (/staff/admin/plugins.xhtml): the report, loaded on every visit and
 * after each action; upload, stop, start, remove; the rejected jars and the audit trail.
 */
@Named
@ViewScoped
public class PluginsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PluginAdminFacade facade;

    /** The staff member's chosen language (the view root's locale is not set yet when the view loads). */
    @Inject
    StaffSession session;

    private List<PluginRow> plugins = List.of();
    private List<PluginAdminFacade.RejectionRow> rejections = List.of();
    private List<PluginAdminFacade.AuditRow> audit = List.of();
    private List<PluginAdminFacade.SettingGroupRow> settings = List.of();
    /** What IT typed, by "kind/id/key", kept across a refused save. */
    private final Map<String, String> edits = new HashMap<>();

    public void load() {
        plugins = facade.plugins();
        rejections = facade.rejections();
        audit = facade.audit();
        settings = facade.settings(session.getLocale());
        for (PluginAdminFacade.SettingGroupRow group : settings) {
            for (PluginAdminFacade.SettingRow row : group.settings()) {
                edits.putIfAbsent(editKey(group, row), row.value() == null ? "" : row.value());
            }
        }
    }

    /** What a plugin lacks before its channel opens, in the staff member's language, e.g. "共享密钥 (secret)". */
    public String missing(PluginRow row) {
        boolean english = session.getLocale() != null && "en".equals(session.getLocale().getLanguage());
        return String.join(english ? ", " : "、", row.missingSettings().stream().map(m -> m.label(session.getLocale())).toList());
    }

    public String editKey(PluginAdminFacade.SettingGroupRow group, PluginAdminFacade.SettingRow row) {
        return group.kind() + "/" + group.id() + "/" + row.key();
    }

    public void saveSettings(PluginAdminFacade.SettingGroupRow group) {
        Map<String, String> values = new HashMap<>();
        for (PluginAdminFacade.SettingRow row : group.settings()) {
            values.put(row.key(), edits.getOrDefault(editKey(group, row), ""));
        }
        ActionResult result = facade.saveSettings(group.kind(), group.id(), values);
        if (result.isDone()) {
            message(FacesMessage.SEVERITY_INFO, text("plugins.settings.saved", group.id()));
            for (PluginAdminFacade.SettingRow row : group.settings()) {
                if ("SECRET".equals(row.type())) {
                    edits.put(editKey(group, row), "");
                }
            }
        } else if ("INVALID_SETTING".equals(result.reason())) {
            FacesContext.getCurrentInstance().validationFailed();
            message(FacesMessage.SEVERITY_ERROR, text("plugins.settings.invalid", result.detail()));
            return;
        } else {
            message(FacesMessage.SEVERITY_ERROR, text("plugins.outcome." + result.outcome(), group.id()));
        }
        load();
    }

    public Map<String, String> getEdits() {
        return edits;
    }

    public List<PluginAdminFacade.SettingGroupRow> getSettings() {
        return settings;
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String installed = null;
        try (InputStream content = file.getInputStream()) {
            ActionResult result = facade.upload(file.getFileName(), content);
            tell(result, file.getFileName());
            installed = result.isDone() ? result.plugin() : null;
        } catch (IOException e) {
            message(FacesMessage.SEVERITY_ERROR, text("plugins.upload.failed", file.getFileName()));
        }
        String name = installed;
        settleAndLoad(() -> name == null || plugins.stream().anyMatch(p -> p.symbolicName().equals(name) && p.isRunning()));
    }

    public void stop(String plugin) {
        tell(facade.stop(plugin), plugin);
        load();
    }

    public void start(String plugin) {
        tell(facade.start(plugin), plugin);
        load();
    }

    public void remove(String plugin) {
        tell(facade.remove(plugin), plugin);
        settleAndLoad(() -> plugins.stream().noneMatch(p -> p.symbolicName().equals(plugin)));
    }

    /**
     * The folder watcher takes a moment to install or uninstall: the table shows the result, not
     * the moment before (it waits up to 15 s for it, then shows what there is; on a busy server a
     * start took longer than 3 s).
     */
    private void settleAndLoad(BooleanSupplier settled) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        load();
        while (!settled.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            plugins = facade.plugins();
        }
        load();
    }

    private void tell(ActionResult result, String subject) {
        if (result.isDone()) {
            message(FacesMessage.SEVERITY_INFO, text("plugins.done", subject, result.version() == null ? "" : result.version()));
        } else if (result.reason() != null) {
            message(FacesMessage.SEVERITY_ERROR, text("plugins.rejected", subject, text("plugins.reject." + result.reason())));
        } else {
            message(FacesMessage.SEVERITY_ERROR, text("plugins.outcome." + result.outcome(), subject));
        }
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private String text(String key, Object... args) {
        return Messages.staff(session.getLocale(), key, args);
    }

    public List<PluginRow> getPlugins() {
        return plugins;
    }

    public List<PluginAdminFacade.RejectionRow> getRejections() {
        return rejections;
    }

    public List<PluginAdminFacade.AuditRow> getAudit() {
        return audit;
    }

    public long getFailing() {
        return plugins.stream().filter(p -> p.circuitOpen() || !"ACTIVE".equals(p.state())).count();
    }
}
