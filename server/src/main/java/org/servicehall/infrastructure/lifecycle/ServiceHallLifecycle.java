package org.servicehall.infrastructure.lifecycle;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.servicehall.infrastructure.demo.DemoDirectoryLoader;
import org.servicehall.infrastructure.channel.ChannelJobs;
import org.servicehall.infrastructure.cluster.ClusterEvents;
import org.servicehall.infrastructure.escalation.EscalationJobs;
import org.servicehall.infrastructure.files.DatabaseEvidenceStore;
import org.servicehall.infrastructure.metrics.HallMetrics;
import org.servicehall.infrastructure.persistence.DatabaseMigration;
import org.servicehall.infrastructure.persistence.FigureCompaction;
import org.servicehall.infrastructure.pluginhost.PluginHostService;
import org.servicehall.infrastructure.security.ConfiguredStaffAccounts;

/**
 * Migrates the database before the application takes requests (and, in the demo only, fills an
 * empty one with the demo hall), then starts the plugin host and the import of an earlier
 * version's evidence folder in the background so that neither delays the application; stops the
 * host on shutdown.
 */
@WebListener
public class ServiceHallLifecycle implements ServletContextListener {

    @Inject
    DatabaseMigration migration;

    @Inject
    PluginHostService plugins;

    @Inject
    DemoDirectoryLoader demo;

    @Inject
    ConfiguredStaffAccounts staff;

    @Inject
    EscalationJobs escalation;

    @Inject
    ChannelJobs channels;

    @Inject
    HallMetrics metrics;

    @Inject
    ClusterEvents clusterEvents;

    @Inject
    DatabaseEvidenceStore evidence;

    @Inject
    FigureCompaction figureCompaction;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        staff.logStatus();
        migration.migrate();
        if (migration.isCurrent() && staff.isDemo()) {
            demo.loadIntoEmptyDatabase();
        }
        if (migration.isCurrent()) {
            evidence.importFolderInBackground();
        }
        plugins.startInBackground(event.getServletContext());
        escalation.start();
        channels.start();
        metrics.start();
        clusterEvents.start();
        figureCompaction.start();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        figureCompaction.stop();
        clusterEvents.stop();
        metrics.stop();
        channels.stop();
        escalation.stop();
        plugins.stop();
    }
}
