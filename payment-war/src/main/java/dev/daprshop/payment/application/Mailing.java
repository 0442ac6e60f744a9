package dev.daprshop.payment.application;

import java.time.Duration;
import java.time.Instant;

/**
 * Where one mail of an order (its receipt, its refund notice) stands: claimed by the delivery
 * {@code claimedBy} (a CloudEvent id) at {@code claimedAtMillis} (epoch milliseconds: the Dapr
 * SDK's serializer has no java.time), or sent. A claim older than {@link #CLAIM_FOR} belongs to a
 * sender that crashed and may be taken over.
 */
public record Mailing(boolean sent, String claimedBy, long claimedAtMillis) {

    static final Duration CLAIM_FOR = Duration.ofSeconds(30);

    public static Mailing claim(String delivery, Instant now) {
        return new Mailing(false, delivery, now.toEpochMilli());
    }

    public static Mailing completed() {
        return new Mailing(true, null, 0);
    }

    /** Another delivery claimed the mail and may still be sending it. */
    boolean heldByOtherThan(String delivery, Instant now) {
        return !sent && !delivery.equals(claimedBy) && Instant.ofEpochMilli(claimedAtMillis).plus(CLAIM_FOR).isAfter(now);
    }
}
