package org.servicehall.infrastructure.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name of this server among the servers that share one database: what a job lease records as
 * its holder, what marks the events and plugin states of this server. {@code servicehall.node.id}
 * when set (each node of a cluster sets its own), else the host name and the Liberty server name,
 * which differ between two servers on one machine and between machines.
 */
@ApplicationScoped
public class NodeIdentity {

    /** The longest node id kept; the columns that store it are this wide. */
    public static final int MAX_LENGTH = 64;

    private final String id;

    NodeIdentity() {
        this.id = null; // CDI proxy
    }

    @Inject
    public NodeIdentity(@ConfigProperty(name = "servicehall.node.id") Optional<String> configured) {
        this.id = of(configured.filter(value -> !value.isBlank())
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getName().replaceAll("^\\d+@", "")
                        + ":" + System.getProperty("wlp.server.name", "server")));
    }

    /** This server's id: letters, digits and {@code . _ : -} only, at most {@link #MAX_LENGTH} characters. */
    public String id() {
        return id;
    }

    /** {@code raw} made safe to store and to log: other characters become '-', cut to the column's width. */
    public static String of(String raw) {
        String safe = raw.strip().replaceAll("[^A-Za-z0-9._:-]", "-");
        return safe.length() > MAX_LENGTH ? safe.substring(0, MAX_LENGTH) : safe;
    }

    @Override
    public String toString() {
        return id;
    }
}
