package org.coalition.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccessTokensTest {

    static final String ISSUER = "http://localhost:8180/realms/coalition";
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final KeyPair REALM = keys();
    static final KeyPair STRANGER = keys();
    static final Map<String, PublicKey> KEYS = Map.of("k1", REALM.getPublic());
    final AccessTokens tokens = new AccessTokens(ISSUER, "coalition-app");

    static final String GOOD_CLAIMS = "{\"iss\":\"" + ISSUER + "\",\"exp\":" + (NOW.getEpochSecond() + 300)
            + ",\"iat\":" + (NOW.getEpochSecond() - 10) + ",\"typ\":\"Bearer\",\"azp\":\"coalition-app\","
            + "\"aud\":\"account\",\"sub\":\"4f0c-uuid\",\"preferred_username\":\"bob\",\"groups\":[\"employee\",\"executive\"]}";

    @Test
    void should_name_the_caller_after_preferred_username_with_the_realm_roles() throws Exception {
        AccessTokens.Caller caller =
                tokens.verify(jwt("{\"alg\":\"RS256\",\"kid\":\"k1\"}", GOOD_CLAIMS, REALM), KEYS, NOW);
        assertEquals("bob", caller.name());
        assertEquals(Set.of("employee", "executive"), caller.groups());
    }

    @Test
    void should_accept_a_token_whose_audience_names_the_application() throws Exception {
        String claims = GOOD_CLAIMS
                .replace("\"azp\":\"coalition-app\"", "\"azp\":\"other\"")
                .replace("\"aud\":\"account\"", "\"aud\":[\"account\",\"coalition-app\"]");
        assertEquals(
                "bob",
                tokens.verify(jwt("{\"alg\":\"RS256\",\"kid\":\"k1\"}", claims, REALM), KEYS, NOW)
                        .name());
    }

    @Test
    void should_tolerate_thirty_seconds_of_clock_skew_on_expiry() throws Exception {
        String claims = GOOD_CLAIMS.replace(
                "\"exp\":" + (NOW.getEpochSecond() + 300), "\"exp\":" + (NOW.getEpochSecond() - 29));
        assertEquals(
                "bob",
                tokens.verify(jwt("{\"alg\":\"RS256\",\"kid\":\"k1\"}", claims, REALM), KEYS, NOW)
                        .name());
    }

    static Stream<Arguments> refused() {
        String header = "{\"alg\":\"RS256\",\"kid\":\"k1\"}";
        long exp = NOW.getEpochSecond() + 300;
        return Stream.of(
                Arguments.of("signed by another key", jwt(header, GOOD_CLAIMS, STRANGER)),
                Arguments.of("unknown key id", jwt("{\"alg\":\"RS256\",\"kid\":\"k2\"}", GOOD_CLAIMS, REALM)),
                Arguments.of("alg none", jwt("{\"alg\":\"none\",\"kid\":\"k1\"}", GOOD_CLAIMS, REALM)),
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
        assertThrows(AccessTokens.Refused.class, () -> tokens.verify(token, KEYS, NOW), why);
    }

    @Test
    void should_read_the_rsa_signature_keys_of_a_jwks_document() throws Exception {
        RSAPublicKey key = (RSAPublicKey) REALM.getPublic();
        String jwks = "{\"keys\":[{\"kid\":\"k1\",\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\""
                + b64(unsigned(key.getModulus().toByteArray())) + "\",\"e\":\""
                + b64(unsigned(key.getPublicExponent().toByteArray()))
                + "\"},{\"kid\":\"enc\",\"kty\":\"RSA\",\"use\":\"enc\",\"n\":\"AQAB\",\"e\":\"AQAB\"},"
                + "{\"kid\":\"ec\",\"kty\":\"EC\",\"crv\":\"P-256\"}]}";
        Map<String, PublicKey> keys = AccessTokens.rsaKeys(jwks);
        assertEquals(Set.of("k1"), keys.keySet());
        assertEquals(
                "bob",
                tokens.verify(jwt("{\"alg\":\"RS256\",\"kid\":\"k1\"}", GOOD_CLAIMS, REALM), keys, NOW)
                        .name());
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String jwt(String header, String claims, KeyPair signer) {
        try {
            String signed = b64(header) + "." + b64(claims);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(signer.getPrivate());
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + b64(rsa.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String claims =
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("bob", "eve");
        return parts[0] + "." + b64(claims) + "." + parts[2];
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
