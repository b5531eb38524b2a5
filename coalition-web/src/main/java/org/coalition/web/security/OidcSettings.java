package org.coalition.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where and as whom the application signs people in, from MicroProfile Config: the environment
 * (COALITION_OIDC_PROVIDER_URI, COALITION_OIDC_CLIENT_ID, COALITION_OIDC_CLIENT_SECRET) overrides the
 * defaults, which are the demo realm's.
 */
@Named
@ApplicationScoped
public class OidcSettings {

    /** The demo realm's client secret (coalition-realm.json): the only secret in the repository. */
    private static final String DEMO_SECRET = "coalition-demo-secret";

    @Inject
    @ConfigProperty(name = "coalition.oidc.provider-uri", defaultValue = "http://localhost:8180/realms/coalition")
    String providerUri;

    @Inject
    @ConfigProperty(name = "coalition.oidc.client-id", defaultValue = "coalition-app")
    String clientId;

    @Inject
    @ConfigProperty(name = "coalition.oidc.client-secret", defaultValue = DEMO_SECRET)
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
