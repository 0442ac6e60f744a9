package dev.daprshop.systemtest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * Bearer tokens (MicroProfile JWT, RS256) for tests: those a forger could make (the admin's claims
 * without the shop's key), and, for the system in containers, those of an issuer of its own.
 */
final class Tokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    static final String ISSUER = "daprshop-local";

    private static String claims() {
        return claims("inventory-admin");
    }

    private static String claims(String role) {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\": \"" + ISSUER + "\", \"sub\": \"" + role + "\", \"upn\": \"" + role + "\", \"groups\": [\"" + role
                + "\"], \"aud\": \"daprshop\", \"iat\": " + now + ", \"exp\": " + (now + 8 * 3600) + "}";
    }

    /** A new issuer key pair (RSA 2048). */
    static KeyPair issuer() {
        try {
            var keys = KeyPairGenerator.getInstance("RSA");
            keys.initialize(2048);
            return keys.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as PEM, as MP_JWT_VERIFY_PUBLICKEY takes it. */
    static String pem(KeyPair issuer) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(issuer.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    /** A token with {@code role}, signed by {@code issuer}. */
    static String signed(KeyPair issuer, String role) {
        return sign(issuer.getPrivate(), part("{\"alg\": \"RS256\", \"typ\": \"JWT\"}") + "." + part(claims(role)));
    }

    private static String sign(PrivateKey key, String input) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code alg: none}, no signature. */
    static String unsigned() {
        return part("{\"alg\": \"none\", \"typ\": \"JWT\"}") + "." + part(claims()) + ".";
    }

    /** RS256 with a key of its own. */
    static String signedByAStranger() {
        return sign(issuer().getPrivate(), part("{\"alg\": \"RS256\", \"typ\": \"JWT\"}") + "." + part(claims()));
    }
}
