package org.servicehall.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.servicehall.infrastructure.persistence.DatabaseMigration;

/** Ready when the schema is current and a connection answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Resource(lookup = "jdbc/servicehall")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        boolean reachable;
        try (Connection connection = dataSource.getConnection()) {
            reachable = connection.isValid(2);
        } catch (SQLException e) {
            reachable = false;
        }
        return HealthCheckResponse.named("database")
                .status(reachable && migration.isCurrent())
                .withData("schemaCurrent", migration.isCurrent())
                .withData("reachable", reachable)
                .build();
    }
}
