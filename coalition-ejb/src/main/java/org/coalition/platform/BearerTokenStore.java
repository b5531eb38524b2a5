package org.coalition.platform;

import fish.payara.security.openid.api.AccessTokenCredential;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The identity store of API calls: Payara's OpenID Connect mechanism (the pages' own) hands every
 * {@code Authorization: Bearer} token to the identity stores; this one, asked first, accepts the realm's access
 * tokens issued to this application and names the caller after {@code preferred_username} with the realm roles
 * of {@code groups} — the same caller and roles as a page sign-in, so the services apply the same rules.
 * The realm's signing keys are fetched once and again only when a token names an unknown key (key rotation), at
 * most every ten seconds; while the identity provider is down, the known keys keep working.
 * <p>It lives in the services module so that every web module of the EAR sees it: the identity stores are
 * collected once, from whichever module first authenticates, and that is often the pages.
 */
@ApplicationScoped
public class BearerTokenStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(BearerTokenStore.class.getName());
    private static final Duration REFETCH_PAUSE = Duration.ofSeconds(10);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    OidcSettings oidc;

    private AccessTokens tokens;
    private volatile Map<String, PublicKey> keys = Map.of();
    private volatile Instant fetched = Instant.EPOCH;
    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void init() {
        tokens = new AccessTokens(oidc.getIssuer(), oidc.getClientId());
    }

    public CredentialValidationResult validate(AccessTokenCredential credential) {
        String token = credential.getAccessToken();
        try {
            String keyId = AccessTokens.keyId(token).orElse("");
            if (!keys.containsKey(keyId)) {
                refetchKeys();
            }
            AccessTokens.Caller caller = tokens.verify(token, keys, clock.instant());
            return new CredentialValidationResult(new CallerPrincipal(caller.name()), caller.groups());
        } catch (AccessTokens.Refused refused) {
            LOG.log(Level.INFO, "Bearer token refused: {0}", refused.getMessage());
            return CredentialValidationResult.INVALID_RESULT;
        }
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return Set.of(); // the groups come with the validation result, for bearer tokens only
    }

    @Override
    public int priority() {
        return 10; // before Payara's own bearer store, which would name the caller after the token's subject
    }

    private synchronized void refetchKeys() {
        Instant now = clock.instant();
        if (fetched.plus(REFETCH_PAUSE).isAfter(now)) {
            return;
        }
        fetched = now;
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(oidc.getJwksUri()))
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                keys = Map.copyOf(AccessTokens.rsaKeys(response.body()));
            } else {
                LOG.warning("The identity provider's keys answered HTTP " + response.statusCode());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warning("The identity provider's keys could not be read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
