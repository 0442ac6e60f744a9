package dev.daprshop.payment.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the (simulated) payment gateway answers for an approved payment: an authorization code
 * signed with the gateway key, HMAC-SHA256 of {@code orderId:amount}, that anyone holding the key
 * can verify and nobody else can forge.
 */
public final class GatewayAuthorization {

    private GatewayAuthorization() {
    }

    public static String of(String gatewayKey, String orderId, String amount) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(gatewayKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((orderId + ":" + amount).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
