package org.servicehall.interfaces.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.servicehall.application.CallerContext;
import org.servicehall.application.PluginAdministration;
import org.servicehall.application.PluginReport;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.shared.Actor;
import org.servicehall.ui.facade.admin.PluginAdminFacade;
import org.servicehall.ui.facade.admin.PluginRow;

/**
 * The admin screen's facade: the plugin report flattened for a table, and IT's actions. The role
 * is checked here as well as by the staff area filter: an action is refused unless the caller is ADMIN.
 */
@ApplicationScoped
public class DefaultPluginAdminFacade implements PluginAdminFacade {

    @Inject
    PluginReport report;

    @Inject
    PluginAdministration administration;

    @Inject
    CallerContext caller;

    @Inject
    DeadlinePolicy policy;

    @Override
    public List<PluginRow> plugins() {
        return report.plugins().stream().map(DefaultPluginAdminFacade::row).toList();
    }

    private static PluginRow row(PluginReport.Plugin p) {
        List<String> contributions = new ArrayList<>();
        p.categories().forEach(code -> contributions.add("category:" + code));
        p.rules().forEach(id -> contributions.add("rule:" + id));
        p.notifiers().forEach(id -> contributions.add("notifier:" + id));
        p.channels().forEach(id -> contributions.add("channel:" + id));
        return new PluginRow(p.symbolicName(), p.version(), p.vendor(), p.state(), List.copyOf(contributions),
                p.calls(), p.failures(), p.lastError(), p.lastErrorAt(), p.circuitOpen(), p.stoppedByAdmin(), p.problem(),
                p.notConfigured().stream().map(m -> new PluginRow.MissingSetting(m.kind(), m.id(), m.key(), m.labelZh(),
                        m.labelEn())).toList(),
                p.nodes().stream().map(n -> new PluginRow.NodeRow(n.node(), n.state(), n.problem())).toList(),
                p.nodesRunning());
    }

    @Override
    public ActionResult upload(String fileName, InputStream content) {
        return result(administration.upload(fileName, content, admin()));
    }

    @Override
    public ActionResult stop(String plugin) {
        return result(administration.stop(plugin, admin()));
    }

    @Override
    public ActionResult start(String plugin) {
        return result(administration.start(plugin, admin()));
    }

    @Override
    public ActionResult remove(String plugin) {
        return result(administration.remove(plugin, admin()));
    }

    @Override
    public List<RejectionRow> rejections() {
        requireAdmin();
        return administration.rejections(50).stream()
                .map(r -> new RejectionRow(r.originalName(), r.reason(), r.detail(), local(r.at()), r.by())).toList();
    }

    @Override
    public List<AuditRow> audit() {
        requireAdmin();
        return administration.audit(50).stream()
                .map(a -> new AuditRow(local(a.at()), a.actor(), a.action(), a.plugin(), a.outcome(), a.detail())).toList();
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, policy.zone());
    }

    private String admin() {
        requireAdmin();
        return caller.actor().id();
    }

    private void requireAdmin() {
        if (!caller.hasRole(Actor.Role.ADMIN)) {
            throw new SecurityException("plugin administration needs the ADMIN role");
        }
    }

    private static ActionResult result(PluginAdministration.Result r) {
        return new ActionResult(r.outcome().name(), r.plugin(), r.version(), r.reason(), r.detail());
    }

    @Override
    public List<SettingGroupRow> settings(Locale locale) {
        requireAdmin();
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return administration.settings().stream().map(g -> new SettingGroupRow(g.plugin(), g.kind(), g.id(),
                g.fields().stream().map(f -> new SettingRow(f.key(), f.type(), english ? f.labelEn() : f.labelZh(),
                        english ? f.descriptionEn() : f.descriptionZh(), f.defaultValue(), f.value(), f.set())).toList()))
                .toList();
    }

    @Override
    public ActionResult saveSettings(String kind, String id, Map<String, String> values) {
        return result(administration.saveSettings(kind, id, values, admin()));
    }
}
