package dev.daprshop.payment.application;

import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.payment.domain.Mailing;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Mail records in a map, each write checked against its ETag (a counter), with a claim to lose on demand. */
final class InMemoryMailClaims implements MailClaims {

    final Map<String, Versioned<Mailing>> stored = new HashMap<>();
    private int versions;
    /** Claimed by "another delivery" just before the next claim, which then loses the race. */
    Mailing claimedFirstByAnother;

    @Override
    public CompletionStage<Optional<Versioned<Mailing>>> find(String key) {
        return CompletableFuture.completedStage(Optional.ofNullable(stored.get(key)));
    }

    @Override
    public CompletionStage<Boolean> claim(String key, Versioned<Mailing> claim) {
        if (claimedFirstByAnother != null) {
            write(key, claimedFirstByAnother);
            claimedFirstByAnother = null;
        }
        if (!current(key, claim)) {
            return CompletableFuture.completedStage(false);
        }
        write(key, claim.value());
        return CompletableFuture.completedStage(true);
    }

    @Override
    public CompletionStage<Void> save(String key, Versioned<Mailing> mailing) {
        if (!current(key, mailing)) {
            return CompletableFuture.failedStage(InMemoryPayments.etagMismatch());
        }
        write(key, mailing.value());
        return CompletableFuture.completedStage(null);
    }

    Mailing mailing(String key) {
        return stored.get(key).value();
    }

    private boolean current(String key, Versioned<Mailing> written) {
        Versioned<Mailing> now = stored.get(key);
        return Objects.equals(now == null ? null : now.etag(), written.etag());
    }

    private void write(String key, Mailing mailing) {
        stored.put(key, new Versioned<>(mailing, String.valueOf(++versions)));
    }
}
