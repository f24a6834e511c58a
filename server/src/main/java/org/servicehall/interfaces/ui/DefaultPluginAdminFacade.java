package org.servicehall.interfaces.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.servicehall.application.PluginReport;
import org.servicehall.ui.facade.admin.PluginAdminFacade;
import org.servicehall.ui.facade.admin.PluginRow;

/** The admin screens' facade: the plugin report, flattened for a table. */
@ApplicationScoped
public class DefaultPluginAdminFacade implements PluginAdminFacade {

    @Inject
    PluginReport report;

    @Override
    public List<PluginRow> plugins() {
        return report.plugins().stream().map(DefaultPluginAdminFacade::row).toList();
    }

    private static PluginRow row(PluginReport.Plugin p) {
        List<String> contributions = new ArrayList<>();
        p.categories().forEach(code -> contributions.add("category " + code));
        p.rules().forEach(id -> contributions.add("rule " + id));
        p.notifiers().forEach(id -> contributions.add("notifier " + id));
        return new PluginRow(p.symbolicName(), p.version(), p.vendor(), p.state(), List.copyOf(contributions),
                p.calls(), p.failures(), p.lastError(), p.lastErrorAt(), p.circuitOpen());
    }
}
