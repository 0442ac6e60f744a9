package dev.daprshop.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Order ids. The same customer with the same Idempotency-Key always gets the same id (a retry finds
 * its order); another customer with that key gets another id; and nobody can compute an id from a
 * key: it is an HMAC-SHA256 of customer and key under {@code order.id-key} (hex, from the
 * environment {@code ORDER_ID_KEY}: {@code ./shop up} generates it, on Kubernetes a Secret).
 */
@ApplicationScoped
public class OrderIds {

    private static final Logger LOG = Logger.getLogger(OrderIds.class.getName());

    private final SecretKeySpec key;

    @Inject
    public OrderIds(@ConfigProperty(name = "order.id-key") Optional<String> hexKey) {
        byte[] bytes;
        if (hexKey.isPresent() && hexKey.get().length() >= 32) {
            bytes = HexFormat.of().parseHex(hexKey.get());
        } else {
            // Still unguessable, but a restart forgets it: a retry after the restart is a new order.
            LOG.warning("order.id-key (ORDER_ID_KEY) is not set: Idempotency-Keys hold only until the next restart");
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** For CDI's proxy. */
    protected OrderIds() {
        this.key = null;
    }

    /** The id of a new order: random without a key, derived from customer and key with one. */
    public String of(String customerId, String idempotencyKey) {
        if (idempotencyKey == null) {
            return UUID.randomUUID().toString();
        }
        ByteBuffer digest = ByteBuffer.wrap(hmac(customerId + "\n" + idempotencyKey));
        // Formatted as a version 8 (custom) UUID, the shape every order id has.
        long high = (digest.getLong() & ~0xF000L) | 0x8000L;
        long low = (digest.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
