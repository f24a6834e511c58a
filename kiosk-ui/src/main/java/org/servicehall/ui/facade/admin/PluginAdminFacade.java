package org.servicehall.ui.facade.admin;

import java.util.List;

/** The plugin report for IT staff. */
public interface PluginAdminFacade {

    /** Every installed plugin bundle, by symbolic name. */
    List<PluginRow> plugins();
}
