package org.servicehall.ui.staff.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.servicehall.ui.facade.admin.PluginAdminFacade;
import org.servicehall.ui.facade.admin.PluginRow;

/** The plugin report (/staff/admin/plugins.xhtml): loaded on every visit and on "refresh". */
@Named
@ViewScoped
public class PluginsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PluginAdminFacade facade;

    private List<PluginRow> plugins = List.of();

    public void load() {
        plugins = facade.plugins();
    }

    public List<PluginRow> getPlugins() {
        return plugins;
    }

    public long getFailing() {
        return plugins.stream().filter(p -> p.circuitOpen() || !"ACTIVE".equals(p.state())).count();
    }
}
