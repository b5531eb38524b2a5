package org.coalition.platform;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Our rules for the identity provider's access tokens, as a Nimbus JOSE + JWT processor: the library parses the
 * token, checks its header's {@code typ} (JWT or none, its default), its RS256 signature with the realm's signing
 * keys (never one published for encryption), the exact issuer, the expiry and not-before time with 30 s of clock
 * skew, and that {@code exp} and {@code preferred_username} are there. Ours on top: a {@code typ} claim, if any, says Bearer (not an ID token), the
 * token was issued to this application (authorised party or audience), and the user name is not blank. The caller
 * is named after {@code preferred_username}, as on the pages, and holds the realm roles of the {@code groups} claim.
 */
final class AccessTokenRules extends DefaultJWTClaimsVerifier<SecurityContext> {

    /** Clock skew tolerated between the identity provider and this server. */
    static final int MAX_CLOCK_SKEW_SECONDS = 30;

    /** The shortest pause between two fetches of the realm's keys for tokens naming an unknown key. */
    static final long REFETCH_PAUSE_MILLIS = 10_000;

    /** Who a valid token names. */
    record Caller(String name, Set<String> groups) {}

    private final String clientId;
    private final Clock clock;

    private AccessTokenRules(String issuer, String clientId, Clock clock) {
        super(null, new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("exp", "preferred_username"), null);
        this.clientId = clientId;
        this.clock = clock;
        setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
    }

    /** The processor of access tokens from {@code issuer} for {@code clientId}, verified with {@code keys}. */
    static JWTProcessor<SecurityContext> processor(
            String issuer, String clientId, JWKSource<SecurityContext> keys, Clock clock) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new AccessTokenRules(issuer, clientId, clock));
        return processor;
    }

    /**
     * The realm's published keys: fetched once and again only when a token names an unknown key (key rotation), at
     * most twice in ten seconds; kept for good, so while the identity provider is down the known keys keep working.
     * Read with 3 s to connect and 5 s to answer.
     */
    static JWKSource<SecurityContext> realmKeys(String jwksUri) {
        return realmKeys(jwksUri, new DefaultResourceRetriever(3_000, 5_000, JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT));
    }

    /** The realm's published keys as {@link #realmKeys(String)}, read through {@code retriever}. */
    static JWKSource<SecurityContext> realmKeys(String jwksUri, ResourceRetriever retriever) {
        try {
            return JWKSourceBuilder.<SecurityContext>create(URI.create(jwksUri).toURL(), retriever)
                    .cacheForever()
                    .rateLimited(REFETCH_PAUSE_MILLIS)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL of the realm's keys: " + jwksUri, e);
        }
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        super.verify(claims, context);
        try {
            String type = claims.getStringClaim("typ");
            if (type != null && !"Bearer".equalsIgnoreCase(type)) {
                throw new BadJWTException("not an access token: " + type);
            }
            if (!clientId.equals(claims.getStringClaim("azp"))
                    && !claims.getAudience().contains(clientId)) {
                throw new BadJWTException("issued to another client");
            }
            String name = claims.getStringClaim("preferred_username");
            if (name == null || name.isBlank()) {
                throw new BadJWTException("no preferred_username");
            }
        } catch (ParseException e) {
            throw new BadJWTException("a claim has the wrong type: " + e.getMessage(), e);
        }
    }

    @Override
    protected Date currentTime() {
        return Date.from(clock.instant());
    }

    /** The caller named by the claims of a token the processor accepted. */
    static Caller caller(JWTClaimsSet claims) {
        return new Caller((String) claims.getClaim("preferred_username"), strings(claims.getClaim("groups")));
    }

    /** A claim holding one string or a list: its strings (anything else in the list is left out). */
    private static Set<String> strings(Object claim) {
        Set<String> strings = new LinkedHashSet<>();
        if (claim instanceof String string) {
            strings.add(string);
        } else if (claim instanceof List<?> list) {
            list.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .forEach(strings::add);
        }
        return strings;
    }
}
