package dev.daprshop.payment.application;

import java.time.Duration;
import java.time.Instant;

/**
 * Where one mail of an order (its receipt, its refund notice) stands: claimed by a sender at
 * {@code claimedAtMillis} (epoch milliseconds: the Dapr SDK's serializer has no java.time), or
 * sent. A claim older than {@link #CLAIM_FOR} belongs to a sender that crashed and may be taken over.
 */
public record Mailing(boolean sent, long claimedAtMillis) {

    static final Duration CLAIM_FOR = Duration.ofSeconds(30);

    public static Mailing claim(Instant now) {
        return new Mailing(false, now.toEpochMilli());
    }

    public static Mailing completed() {
        return new Mailing(true, 0);
    }

    boolean claimValidAt(Instant now) {
        return !sent && Instant.ofEpochMilli(claimedAtMillis).plus(CLAIM_FOR).isAfter(now);
    }
}
