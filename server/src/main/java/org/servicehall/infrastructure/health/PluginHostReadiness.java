package org.servicehall.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.servicehall.infrastructure.pluginhost.PluginHostService;

/** Ready when the plugin host runs; reports how many categories plugins offer. */
@Readiness
@ApplicationScoped
public class PluginHostReadiness implements HealthCheck {

    @Inject
    PluginHostService plugins;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("plugin-host")
                .status(plugins.isRunning())
                .withData("categories", plugins.all().size())
                .build();
    }
}
