package org.coalition.platform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an access token of the identity provider (a JWT signed with RS256) and tells who is calling: the
 * signature against the realm's published keys, the issuer, the expiry, that it is an access token ({@code typ}
 * Bearer) and that it was issued to this application (authorised party or audience). The caller is named after
 * {@code preferred_username}, as on the pages, and holds the realm roles of the {@code groups} claim.
 * Parsing, keys and signatures through Nimbus JOSE + JWT; the rules are ours and tested without a server.
 */
public final class AccessTokens {

    /** Clock skew tolerated between the identity provider and this server. */
    static final long LEEWAY_SECONDS = 30;

    /** Who a valid token names. */
    public record Caller(String name, Set<String> groups) {}

    /** Why a token was refused (for the log; the caller only learns "401"). */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    private final String issuer;
    private final String clientId;

    public AccessTokens(String issuer, String clientId) {
        this.issuer = issuer;
        this.clientId = clientId;
    }

    /** The key id ({@code kid}) a token is signed with, to look its key up; empty if the token has none. */
    public static Optional<String> keyId(String token) throws Refused {
        return Optional.ofNullable(parse(token).getHeader().getKeyID());
    }

    /**
     * The caller a token names, if every check passes.
     *
     * @param keys the realm's RSA signing keys by key id (see {@link #rsaKeys(String)})
     */
    public Caller verify(String token, Map<String, PublicKey> keys, Instant now) throws Refused {
        SignedJWT jwt = parse(token);
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new Refused("algorithm " + jwt.getHeader().getAlgorithm() + " is not accepted");
        }
        String keyId = Optional.ofNullable(jwt.getHeader().getKeyID()).orElse("");
        if (!(keys.get(keyId) instanceof RSAPublicKey key)) {
            throw new Refused("unknown signing key " + keyId);
        }
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw new Refused("bad signature");
            }
            return check(jwt.getJWTClaimsSet(), now);
        } catch (JOSEException e) {
            throw new Refused("signature not verifiable: " + e.getMessage());
        } catch (ParseException e) {
            throw new Refused("a claim has the wrong type: " + e.getMessage());
        }
    }

    private Caller check(JWTClaimsSet claims, Instant now) throws Refused, ParseException {
        if (!issuer.equals(claims.getStringClaim("iss"))) {
            throw new Refused("issuer " + claims.getStringClaim("iss") + " is not " + issuer);
        }
        Date expiry = claims.getDateClaim("exp");
        if (expiry == null || expiry.toInstant().plusSeconds(LEEWAY_SECONDS).isBefore(now)) {
            throw new Refused("expired");
        }
        Date notBefore = claims.getDateClaim("nbf");
        if (notBefore != null
                && notBefore.toInstant().minusSeconds(LEEWAY_SECONDS).isAfter(now)) {
            throw new Refused("not valid yet");
        }
        String type = claims.getStringClaim("typ");
        if (type != null && !"Bearer".equalsIgnoreCase(type)) {
            throw new Refused("not an access token: " + type);
        }
        if (!clientId.equals(claims.getStringClaim("azp"))
                && !claims.getAudience().contains(clientId)) {
            throw new Refused("issued to another client");
        }
        String name = claims.getStringClaim("preferred_username");
        if (name == null || name.isBlank()) {
            throw new Refused("no preferred_username");
        }
        return new Caller(name, strings(claims.getClaim("groups")));
    }

    /** The RSA signature keys of a JWKS document by key id (other keys, e.g. for encryption, are left out). */
    public static Map<String, PublicKey> rsaKeys(String jwks) {
        Map<String, PublicKey> keys = new HashMap<>();
        try {
            for (Map<String, Object> entry : JSONObjectUtils.getJSONObjectArray(JSONObjectUtils.parse(jwks), "keys")) {
                try {
                    if (JWK.parse(entry) instanceof RSAKey key && !KeyUse.ENCRYPTION.equals(key.getKeyUse())) {
                        keys.put(Optional.ofNullable(key.getKeyID()).orElse(""), key.toRSAPublicKey());
                    }
                } catch (ParseException | JOSEException e) {
                    // a key we cannot read cannot have signed a token we accept
                }
            }
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JWKS document", e);
        }
        return keys;
    }

    private static SignedJWT parse(String token) throws Refused {
        try {
            return SignedJWT.parse(token == null ? "" : token);
        } catch (ParseException e) {
            throw new Refused("not a signed JWT: " + e.getMessage());
        }
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
