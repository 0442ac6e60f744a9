package dev.daprshop.systemtest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/** Bearer tokens a forger could make: claims of the shop's admin, but not signed by the shop's issuer. */
final class Tokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    private static String claims() {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\": \"daprshop-local\", \"sub\": \"x\", \"upn\": \"x\", \"groups\": [\"inventory-admin\"], \"aud\": \"daprshop\", "
                + "\"iat\": " + now + ", \"exp\": " + (now + 3600) + "}";
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
        try {
            var keys = KeyPairGenerator.getInstance("RSA");
            keys.initialize(2048);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.generateKeyPair().getPrivate());
            String input = part("{\"alg\": \"RS256\", \"typ\": \"JWT\"}") + "." + part(claims());
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
