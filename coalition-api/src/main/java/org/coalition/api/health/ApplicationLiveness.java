package org.coalition.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application is deployed and answers: nothing outside it (database, identity provider) decides
 * this, so an outage there makes it unready, never restarted.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        return HealthCheckResponse.named("coalition")
                .up()
                .withData("heapUsedMb", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024))
                .withData("heapMaxMb", runtime.maxMemory() / (1024 * 1024))
                .build();
    }
}
