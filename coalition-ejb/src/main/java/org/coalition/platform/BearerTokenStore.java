package org.coalition.platform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.JWTProcessor;
import fish.payara.security.openid.api.AccessTokenCredential;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.text.ParseException;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The identity store of API calls: Payara's OpenID Connect mechanism (the pages' own) hands every
 * {@code Authorization: Bearer} token to the identity stores; this one, asked first, accepts the realm's access
 * tokens issued to this application ({@link AccessTokenRules}) and names the caller after
 * {@code preferred_username} with the realm roles of {@code groups} — the same caller and roles as a page sign-in,
 * so the services apply the same rules.
 * The realm's signing keys are fetched once and again only when a token names an unknown key (key rotation), at
 * most twice in ten seconds; while the identity provider is down, the known keys keep working.
 * <p>It lives in the services module so that every web module of the EAR sees it: the identity stores are
 * collected once, from whichever module first authenticates, and that is often the pages.
 */
@ApplicationScoped
public class BearerTokenStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(BearerTokenStore.class.getName());

    @Inject
    OidcSettings oidc;

    private JWTProcessor<SecurityContext> tokens;

    @PostConstruct
    void init() {
        tokens = AccessTokenRules.processor(
                oidc.getIssuer(), oidc.getClientId(), AccessTokenRules.realmKeys(oidc.getJwksUri()), Clock.systemUTC());
    }

    public CredentialValidationResult validate(AccessTokenCredential credential) {
        try {
            AccessTokenRules.Caller caller = AccessTokenRules.caller(
                    tokens.process(Objects.requireNonNullElse(credential.getAccessToken(), ""), null));
            return new CredentialValidationResult(new CallerPrincipal(caller.name()), caller.groups());
        } catch (ParseException | BadJOSEException | JOSEException refused) {
            LOG.log(
                    Level.INFO,
                    "Bearer token refused: {0}",
                    Objects.requireNonNullElse(
                            refused.getMessage(), refused.getClass().getSimpleName()));
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
}
