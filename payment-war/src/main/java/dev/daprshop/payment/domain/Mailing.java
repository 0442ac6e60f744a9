package dev.daprshop.payment.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Where one mail of an order (its receipt, its refund notice) stands: claimed by the delivery
 * {@code claimedBy} (a CloudEvent id) at {@code claimedAtMillis} (epoch milliseconds: the Dapr
 * SDK's serializer has no java.time), or sent; {@code attempts} counts the claims. A claim older than
 * {@link #CLAIM_FOR} belongs to a sender that crashed and may be taken over. A claim that was never
 * marked sent leaves it unknown whether its mail went out (SMTP has no idempotency key to ask the
 * server with), so every attempt after the first is a {@link #resend()}: the mail says so.
 */
public record Mailing(boolean sent, String claimedBy, long claimedAtMillis, int attempts) {

    public static final Duration CLAIM_FOR = Duration.ofSeconds(30);

    public static Mailing firstClaim(String delivery, Instant now) {
        return new Mailing(false, delivery, now.toEpochMilli(), 1);
    }

    /** The next attempt, by this delivery: after a crash of the sender or a failed send. */
    public Mailing claimedAgain(String delivery, Instant now) {
        return new Mailing(false, delivery, now.toEpochMilli(), attempts + 1);
    }

    /** The claim of an attempt whose mail certainly did not go out: the next one is no resend. */
    public Mailing givenBack() {
        return new Mailing(false, null, 0, attempts - 1);
    }

    public Mailing completed() {
        return new Mailing(true, null, 0, attempts);
    }

    /** An earlier attempt may have reached the customer. */
    public boolean resend() {
        return attempts > 1;
    }

    /** Another delivery claimed the mail and may still be sending it. */
    public boolean heldByOtherThan(String delivery, Instant now) {
        return !sent && !delivery.equals(claimedBy) && Instant.ofEpochMilli(claimedAtMillis).plus(CLAIM_FOR).isAfter(now);
    }
}
