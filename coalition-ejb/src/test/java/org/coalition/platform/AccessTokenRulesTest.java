package org.coalition.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccessTokenRulesTest {

    static final String ISSUER = "http://localhost:8180/realms/coalition";
    static final String JWKS_URI = ISSUER + "/protocol/openid-connect/certs";
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final KeyPair REALM = keys("RSA");
    static final KeyPair STRANGER = keys("RSA");
    static final KeyPair EC = keys("EC");
    static final JWKSource<SecurityContext> KEYS = new ImmutableJWKSet<>(new JWKSet(
            new RSAKey.Builder((RSAPublicKey) REALM.getPublic()).keyID("k1").build()));

    static final String GOOD_CLAIMS = "{\"iss\":\"" + ISSUER + "\",\"exp\":" + (NOW.getEpochSecond() + 300)
            + ",\"iat\":" + (NOW.getEpochSecond() - 10) + ",\"typ\":\"Bearer\",\"azp\":\"coalition-app\","
            + "\"aud\":\"account\",\"sub\":\"4f0c-uuid\",\"preferred_username\":\"bob\",\"groups\":[\"employee\",\"executive\"]}";

    /** The caller a token names, through the processor as the identity store configures it. */
    static AccessTokenRules.Caller verify(String token, JWKSource<SecurityContext> keys) throws Exception {
        return AccessTokenRules.caller(
                AccessTokenRules.processor(ISSUER, "coalition-app", keys, CLOCK).process(token, null));
    }

    /** Refused as the identity store refuses: with one of the processor's exceptions, nothing else. */
    static void assertRefused(String why, Executable verification) {
        Exception refused = assertThrows(Exception.class, verification, why);
        assertTrue(
                refused instanceof ParseException
                        || refused instanceof BadJOSEException
                        || refused instanceof JOSEException,
                why + ": " + refused);
    }

    @Test
    void should_name_the_caller_after_preferred_username_with_the_realm_roles() throws Exception {
        AccessTokenRules.Caller caller = verify(jwt("{\"alg\":\"RS256\",\"kid\":\"k1\"}", GOOD_CLAIMS, REALM), KEYS);
        assertEquals("bob", caller.name());
        assertEquals(Set.of("employee", "executive"), caller.groups());
    }

    @Test
    void should_take_the_strings_of_the_groups_claim() throws Exception {
        String one = GOOD_CLAIMS.replace("[\"employee\",\"executive\"]", "\"employee\"");
        String mixed = GOOD_CLAIMS.replace("[\"employee\",\"executive\"]", "[\"employee\",7,{\"a\":1},\"executive\"]");
        String none = GOOD_CLAIMS.replace(",\"groups\":[\"employee\",\"executive\"]", "");
        String header = "{\"alg\":\"RS256\",\"kid\":\"k1\"}";
        assertEquals(Set.of("employee"), verify(jwt(header, one, REALM), KEYS).groups());
        assertEquals(
                Set.of("employee", "executive"),
                verify(jwt(header, mixed, REALM), KEYS).groups());
        assertEquals(Set.of(), verify(jwt(header, none, REALM), KEYS).groups());
    }

    @Test
    void should_accept_a_token_whose_audience_names_the_application() throws Exception {
        String claims = GOOD_CLAIMS
                .replace("\"azp\":\"coalition-app\"", "\"azp\":\"other\"")
                .replace("\"aud\":\"account\"", "\"aud\":[\"account\",\"coalition-app\"]");
        assertEquals(
                "bob",
                verify(jwt("{\"alg\":\"RS256\",\"kid\":\"k1\"}", claims, REALM), KEYS)
                        .name());
    }

    @Test
    void should_accept_the_bearer_type_in_any_case_or_no_type() throws Exception {
        String header = "{\"alg\":\"RS256\",\"kid\":\"k1\"}";
        String lower = GOOD_CLAIMS.replace("\"typ\":\"Bearer\"", "\"typ\":\"bearer\"");
        String none = GOOD_CLAIMS.replace("\"typ\":\"Bearer\",", "");
        assertEquals("bob", verify(jwt(header, lower, REALM), KEYS).name());
        assertEquals("bob", verify(jwt(header, none, REALM), KEYS).name());
    }

    @Test
    void should_tolerate_thirty_seconds_of_clock_skew_on_expiry() throws Exception {
        String claims = GOOD_CLAIMS.replace(
                "\"exp\":" + (NOW.getEpochSecond() + 300), "\"exp\":" + (NOW.getEpochSecond() - 29));
        assertEquals(
                "bob",
                verify(jwt("{\"alg\":\"RS256\",\"kid\":\"k1\"}", claims, REALM), KEYS)
                        .name());
    }

    static Stream<Arguments> refused() {
        String header = "{\"alg\":\"RS256\",\"kid\":\"k1\"}";
        long exp = NOW.getEpochSecond() + 300;
        return Stream.of(
                Arguments.of("signed by another key", jwt(header, GOOD_CLAIMS, STRANGER)),
                Arguments.of("unknown key id", jwt("{\"alg\":\"RS256\",\"kid\":\"k2\"}", GOOD_CLAIMS, REALM)),
                Arguments.of("alg none", jwt("{\"alg\":\"none\",\"kid\":\"k1\"}", GOOD_CLAIMS, REALM)),
                Arguments.of("alg none, unsigned", b64("{\"alg\":\"none\"}") + "." + b64(GOOD_CLAIMS) + "."),
                Arguments.of("HS256", jwt("{\"alg\":\"HS256\",\"kid\":\"k1\"}", GOOD_CLAIMS, REALM)),
                Arguments.of(
                        "another issuer",
                        jwt(header, GOOD_CLAIMS.replace(ISSUER, "http://evil/realms/coalition"), REALM)),
                Arguments.of(
                        "expired 31 s ago",
                        jwt(
                                header,
                                GOOD_CLAIMS.replace("\"exp\":" + exp, "\"exp\":" + (NOW.getEpochSecond() - 31)),
                                REALM)),
                Arguments.of("no expiry", jwt(header, GOOD_CLAIMS.replace("\"exp\":" + exp + ",", ""), REALM)),
                Arguments.of(
                        "not before in a minute",
                        jwt(
                                header,
                                GOOD_CLAIMS.replace("\"typ\"", "\"nbf\":" + (NOW.getEpochSecond() + 60) + ",\"typ\""),
                                REALM)),
                Arguments.of(
                        "an ID token", jwt(header, GOOD_CLAIMS.replace("\"typ\":\"Bearer\"", "\"typ\":\"ID\""), REALM)),
                Arguments.of(
                        "issued to another client",
                        jwt(header, GOOD_CLAIMS.replace("\"azp\":\"coalition-app\"", "\"azp\":\"other\""), REALM)),
                Arguments.of(
                        "no user name", jwt(header, GOOD_CLAIMS.replace("\"preferred_username\":\"bob\",", ""), REALM)),
                Arguments.of(
                        "blank user name",
                        jwt(
                                header,
                                GOOD_CLAIMS.replace("\"preferred_username\":\"bob\"", "\"preferred_username\":\" \""),
                                REALM)),
                Arguments.of(
                        "exp of the wrong type",
                        jwt(header, GOOD_CLAIMS.replace("\"exp\":" + exp, "\"exp\":\"soon\""), REALM)),
                Arguments.of("tampered claims", tamper(jwt(header, GOOD_CLAIMS, REALM))),
                Arguments.of("two parts", "eyJhbGciOiJSUzI1NiJ9.e30"),
                Arguments.of("not base64", "###.###.###"),
                Arguments.of("not JSON", b64("nope") + "." + b64("{}") + ".c2ln"),
                Arguments.of("made-up signature", "eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void should_refuse(String why, String token) {
        assertRefused(why, () -> verify(token, KEYS));
    }

    @Test
    void should_verify_only_with_the_rsa_signature_keys_of_a_jwks_document() throws Exception {
        String jwks = "{\"keys\":[" + rsaJwk("k1", "sig", REALM) + "," + rsaJwk("enc", "enc", STRANGER) + ","
                + new ECKey.Builder(Curve.P_256, (ECPublicKey) EC.getPublic())
                        .keyID("ec")
                        .build()
                        .toJSONString()
                + "]}";
        JWKSet document = JWKSet.parse(jwks);
        assertEquals(3, document.getKeys().size(), "all three keys read");
        JWKSource<SecurityContext> keys = new ImmutableJWKSet<>(document);
        assertEquals(
                "bob",
                verify(jwt("{\"alg\":\"RS256\",\"kid\":\"k1\"}", GOOD_CLAIMS, REALM), keys)
                        .name());
        assertRefused(
                "signed with the encryption key",
                () -> verify(jwt("{\"alg\":\"RS256\",\"kid\":\"enc\"}", GOOD_CLAIMS, STRANGER), keys));
        assertRefused(
                "signed with the EC key",
                () -> verify(jwt("{\"alg\":\"ES256\",\"kid\":\"ec\"}", GOOD_CLAIMS, EC), keys));
    }

    @Test
    void should_fetch_the_realm_keys_once_again_for_an_unknown_key_and_keep_them_while_the_provider_is_down()
            throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        AtomicBoolean down = new AtomicBoolean();
        String jwks = "{\"keys\":[" + rsaJwk("k1", "sig", REALM) + "]}";
        ResourceRetriever provider = url -> {
            fetches.incrementAndGet();
            if (down.get()) {
                throw new IOException("connection refused");
            }
            return new Resource(jwks, "application/json");
        };
        JWKSource<SecurityContext> keys = AccessTokenRules.realmKeys(JWKS_URI, provider);
        String good = jwt("{\"alg\":\"RS256\",\"kid\":\"k1\"}", GOOD_CLAIMS, REALM);
        String unknown = jwt("{\"alg\":\"RS256\",\"kid\":\"k2\"}", GOOD_CLAIMS, STRANGER);

        verify(good, keys);
        verify(good, keys);
        assertEquals(1, fetches.get(), "fetched once");
        down.set(true);
        assertRefused("unknown key, provider down", () -> verify(unknown, keys));
        assertEquals(2, fetches.get(), "fetched again for an unknown key");
        assertRefused("unknown key again", () -> verify(unknown, keys));
        assertRefused("and again", () -> verify(unknown, keys));
        assertEquals(2, fetches.get(), "not more than twice in ten seconds");
        assertEquals("bob", verify(good, keys).name(), "the known key still works");
        assertEquals(2, fetches.get());
    }

    @Test
    void should_build_the_realm_key_source_of_the_identity_store() {
        assertNotNull(AccessTokenRules.realmKeys(JWKS_URI));
    }

    private static String rsaJwk(String keyId, String use, KeyPair pair) {
        RSAPublicKey key = (RSAPublicKey) pair.getPublic();
        return "{\"kid\":\"" + keyId + "\",\"kty\":\"RSA\",\"alg\":\"" + ("sig".equals(use) ? "RS256" : "RSA-OAEP")
                + "\",\"use\":\"" + use + "\",\"n\":\""
                + b64(unsigned(key.getModulus().toByteArray()))
                + "\",\"e\":\"" + b64(unsigned(key.getPublicExponent().toByteArray())) + "\"}";
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A JWS signed by the JDK (RS256 with an RSA key, ES256 with an EC key), whatever its header says. */
    static String jwt(String header, String claims, KeyPair signer) {
        try {
            String signed = b64(header) + "." + b64(claims);
            Signature signature = Signature.getInstance(
                    "RSA".equals(signer.getPrivate().getAlgorithm())
                            ? "SHA256withRSA"
                            : "SHA256withECDSAinP1363Format");
            signature.initSign(signer.getPrivate());
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + b64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String claims =
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("bob", "eve");
        return parts[0] + "." + b64(claims) + "." + parts[2];
    }

    private static KeyPair keys(String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize("RSA".equals(algorithm) ? 2048 : 256);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
