package org.coalition.platform;

import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Checks an access token of the identity provider (a JWT signed with RS256) and tells who is calling: the
 * signature against the realm's published keys, the issuer, the expiry, that it is an access token ({@code typ}
 * Bearer) and that it was issued to this application (authorised party or audience). The caller is named after
 * {@code preferred_username}, as on the pages, and holds the realm roles of the {@code groups} claim.
 * Plain Java (JDK crypto and JSON-P), so that every rule is tested without a server.
 */
public final class AccessTokens {

    /** Clock skew tolerated between the identity provider and this server. */
    static final long LEEWAY_SECONDS = 30;

    /** Who a valid token names. */
    public record Caller(String name, Set<String> groups) {
    }

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
        return Optional.ofNullable(header(parts(token)).getString("kid", null));
    }

    /**
     * The caller a token names, if every check passes.
     *
     * @param keys the realm's RSA signing keys by key id (see {@link #rsaKeys(String)})
     */
    public Caller verify(String token, Map<String, PublicKey> keys, Instant now) throws Refused {
        try {
            return check(parts(token), keys, now);
        } catch (ClassCastException | NullPointerException e) {
            throw new Refused("a claim has the wrong type");
        }
    }

    private Caller check(String[] parts, Map<String, PublicKey> keys, Instant now) throws Refused {
        JsonObject header = header(parts);
        if (!"RS256".equals(header.getString("alg", null))) {
            throw new Refused("algorithm " + header.getString("alg", "none") + " is not accepted");
        }
        PublicKey key = keys.get(header.getString("kid", ""));
        if (key == null) {
            throw new Refused("unknown signing key " + header.getString("kid", ""));
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(decode(parts[2]))) {
                throw new Refused("bad signature");
            }
        } catch (GeneralSecurityException e) {
            throw new Refused("signature not verifiable: " + e.getMessage());
        }
        JsonObject claims = object(decode(parts[1]));
        if (!issuer.equals(claims.getString("iss", null))) {
            throw new Refused("issuer " + claims.getString("iss", null) + " is not " + issuer);
        }
        long epoch = now.getEpochSecond();
        if (!claims.containsKey("exp") || claims.getJsonNumber("exp").longValue() + LEEWAY_SECONDS < epoch) {
            throw new Refused("expired");
        }
        if (claims.containsKey("nbf") && claims.getJsonNumber("nbf").longValue() - LEEWAY_SECONDS > epoch) {
            throw new Refused("not valid yet");
        }
        if (claims.containsKey("typ") && !"Bearer".equalsIgnoreCase(claims.getString("typ", ""))) {
            throw new Refused("not an access token: " + claims.getString("typ", ""));
        }
        if (!clientId.equals(claims.getString("azp", null)) && !strings(claims.get("aud")).contains(clientId)) {
            throw new Refused("issued to another client");
        }
        String name = claims.getString("preferred_username", null);
        if (name == null || name.isBlank()) {
            throw new Refused("no preferred_username");
        }
        return new Caller(name, strings(claims.get("groups")));
    }

    /** The RSA signature keys of a JWKS document by key id (other keys, e.g. for encryption, are left out). */
    public static Map<String, PublicKey> rsaKeys(String jwks) {
        Map<String, PublicKey> keys = new HashMap<>();
        for (JsonValue value : json(jwks.getBytes(StandardCharsets.UTF_8)).getJsonArray("keys")) {
            JsonObject key = value.asJsonObject();
            if (!"RSA".equals(key.getString("kty", null)) || "enc".equals(key.getString("use", null))) {
                continue;
            }
            try {
                BigInteger modulus = new BigInteger(1, decode(key.getString("n")));
                BigInteger exponent = new BigInteger(1, decode(key.getString("e")));
                keys.put(key.getString("kid", ""), KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent)));
            } catch (GeneralSecurityException | Refused | RuntimeException e) {
                // a key we cannot read cannot have signed a token we accept
            }
        }
        return keys;
    }

    private static String[] parts(String token) throws Refused {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            throw new Refused("not a signed JWT");
        }
        return parts;
    }

    private static JsonObject header(String[] parts) throws Refused {
        return object(decode(parts[0]));
    }

    private static JsonObject object(byte[] bytes) throws Refused {
        try {
            return json(bytes);
        } catch (IllegalArgumentException e) {
            throw new Refused("not JSON");
        }
    }

    private static byte[] decode(String base64url) throws Refused {
        try {
            return Base64.getUrlDecoder().decode(base64url);
        } catch (IllegalArgumentException e) {
            throw new Refused("not base64url");
        }
    }

    private static JsonObject json(byte[] bytes) {
        try (var reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new IllegalArgumentException("not a JSON object", e);
        }
    }

    private static Set<String> strings(JsonValue value) {
        Set<String> strings = new LinkedHashSet<>();
        if (value instanceof JsonString string) {
            strings.add(string.getString());
        } else if (value instanceof JsonArray array) {
            array.forEach(v -> {
                if (v instanceof JsonString s) {
                    strings.add(s.getString());
                }
            });
        }
        return strings;
    }
}
