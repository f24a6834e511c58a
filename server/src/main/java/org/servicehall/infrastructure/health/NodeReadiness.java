package org.servicehall.infrastructure.health;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * One node of several (servicehall.nodes=several) is ready only once it has what the other nodes
 * need it to have: a node id of its own, and the shared single sign-on keys file. Without them a
 * staff login made on another node would not be valid here, and two nodes could hold one job's
 * lease under one name; the load balancer then sends it nothing, and its log says what is missing.
 */
@Readiness
@ApplicationScoped
public class NodeReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(NodeReadiness.class.getName());

    @Inject
    @ConfigProperty(name = "servicehall.nodes", defaultValue = "one")
    String nodes;

    @Inject
    @ConfigProperty(name = "servicehall.node.id")
    Optional<String> nodeId;

    @Inject
    @ConfigProperty(name = "servicehall.ltpa.keys.file")
    Optional<String> keysFile;

    @Inject
    @ConfigProperty(name = "servicehall.ltpa.keys.password")
    Optional<String> keysPassword;

    /** Says once, at start, what the configuration lacks (a keys file Liberty is still making is no news). */
    @PostConstruct
    void check() {
        List<String> missing = missing().stream().filter(problem -> problem.endsWith("not set")).toList();
        if (!missing.isEmpty()) {
            LOG.severe("This server is one node of several (servicehall.nodes=several) but " + String.join(", ", missing)
                    + ": it reports not ready, so the load balancer sends it nothing. Set SERVICEHALL_NODE_ID (its own),"
                    + " SERVICEHALL_LTPA_KEYS_FILE and SERVICEHALL_LTPA_KEYS_PASSWORD (the same on every node); README \"Several servers\"");
        }
    }

    List<String> missing() {
        if (!"several".equals(nodes)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        if (nodeId.filter(id -> !id.isBlank()).isEmpty()) {
            problems.add("servicehall.node.id is not set");
        }
        if (keysPassword.filter(password -> !password.isBlank()).isEmpty()) {
            problems.add("servicehall.ltpa.keys.password is not set");
        }
        Optional<String> keys = keysFile.filter(file -> !file.isBlank());
        if (keys.isEmpty()) {
            problems.add("servicehall.ltpa.keys.file is not set");
        } else if (!Files.isReadable(Path.of(keys.get()))) {
            problems.add("the keys file servicehall.ltpa.keys.file cannot be read");
        }
        return problems;
    }

    @Override
    public HealthCheckResponse call() {
        List<String> missing = missing();
        return HealthCheckResponse.named("node")
                .status(missing.isEmpty())
                .withData("nodes", nodes)
                .withData("missing", String.join("; ", missing))
                .build();
    }
}
