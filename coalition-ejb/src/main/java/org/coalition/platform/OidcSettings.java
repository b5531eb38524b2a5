package org.coalition.platform;

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

    @Inject
    @ConfigProperty(name = "coalition.base-url", defaultValue = "http://localhost:8080/coalition")
    String baseUrl;

    /**
     * Where the sign-in redirect goes first: the application's own sign-in gateway (coalition-web), which
     * checks that the identity provider answers before sending the browser on to it.
     */
    public String getSignInGateway() {
        return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + "/sign-in";
    }

    /*
     * The provider's metadata, configured rather than discovered (Keycloak's endpoints under the realm's
     * issuer URI), so that the application starts, and sends people to the sign-in gateway, even while the
     * identity provider is down: discovery would otherwise fail on every request until it answers.
     */

    public String getIssuer() {
        return providerUri.replaceAll("/+$", "");
    }

    public String getTokenEndpoint() {
        return getIssuer() + "/protocol/openid-connect/token";
    }

    public String getUserinfoEndpoint() {
        return getIssuer() + "/protocol/openid-connect/userinfo";
    }

    public String getEndSessionEndpoint() {
        return getIssuer() + "/protocol/openid-connect/logout";
    }

    public String getJwksUri() {
        return getIssuer() + "/protocol/openid-connect/certs";
    }

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
