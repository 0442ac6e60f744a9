package dev.daprshop.payment.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the (simulated) payment gateway answers for an approved payment: an authorization code
 * signed with the gateway key, HMAC-SHA256 of {@code orderId:amount}, that anyone holding the key
 * can verify and nobody else can forge. The amount is signed in its shortest form ({@code 25.00}
 * and {@code 25} sign alike): JSON hops through daprd rewrite numbers that way.
 */
public final class GatewayAuthorization {

    private GatewayAuthorization() {
    }

    public static String of(String gatewayKey, String orderId, BigDecimal amount) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(gatewayKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signed = orderId + ":" + amount.stripTrailingZeros().toPlainString();
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
