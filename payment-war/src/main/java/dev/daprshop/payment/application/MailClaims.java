package dev.daprshop.payment.application;

import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.payment.domain.Mailing;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Where each mail of an order stands ({@link Mailing}), under its key, each write checked against
 * the version it was read at: of two senders only one claims a mail.
 */
public interface MailClaims {

    CompletionStage<Optional<Versioned<Mailing>>> find(String key);

    /** Writes the claim against its version; false when another delivery wrote the record first (it holds the mail). */
    CompletionStage<Boolean> claim(String key, Versioned<Mailing> claim);

    /** Writes the record against its version; fails when another delivery wrote it in between. */
    CompletionStage<Void> save(String key, Versioned<Mailing> mailing);
}
