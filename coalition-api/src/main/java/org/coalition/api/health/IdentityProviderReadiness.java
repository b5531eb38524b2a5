package org.coalition.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the identity provider serves its discovery document: without it nobody can sign in, and API
 * tokens cannot be checked once the cached signing keys expire.
 */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    @ConfigProperty(name = "coalition.oidc.provider-uri", defaultValue = "http://localhost:8180/realms/coalition")
    String providerUri;

    @Override
    public HealthCheckResponse call() {
        String discovery = providerUri.replaceAll("/+$", "") + "/.well-known/openid-configuration";
        var response = HealthCheckResponse.named("identity-provider").withData("discovery", discovery);
        try {
            int status = HTTP.send(
                            HttpRequest.newBuilder(URI.create(discovery))
                                    .timeout(Duration.ofSeconds(5))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return (status == 200 ? response.up() : response.down())
                    .withData("status", status)
                    .build();
        } catch (IOException | IllegalArgumentException e) {
            return response.down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("error", "interrupted").build();
        }
    }
}
