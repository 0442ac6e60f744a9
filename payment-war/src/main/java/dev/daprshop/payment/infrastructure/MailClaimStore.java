package dev.daprshop.payment.infrastructure;

import dev.daprshop.dapr.state.OptimisticRetry;
import dev.daprshop.dapr.state.StateRepositories;
import dev.daprshop.dapr.state.StateRepository;
import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.payment.application.MailClaims;
import dev.daprshop.payment.domain.Mailing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Mail claims in the Dapr state store {@value PaymentStore#STORE}, under their keys as given
 * ({@code receipt-mail-<orderId>}, {@code refund-mail-<orderId>}), each write checked against the
 * ETag it read: of two senders only one claims a mail. (Every write of such a key needs its ETag:
 * Dapr's Redis store refuses an unversioned write to a key created by a first write.)
 */
@ApplicationScoped
public class MailClaimStore implements MailClaims {

    @Inject
    StateRepositories repositories;

    private StateRepository<Mailing> mailings;

    @PostConstruct
    void open() {
        mailings = repositories.of(PaymentStore.STORE, "", Mailing.class);
    }

    @Override
    public CompletionStage<Optional<Versioned<Mailing>>> find(String key) {
        return mailings.find(key);
    }

    @Override
    public CompletionStage<Boolean> claim(String key, Versioned<Mailing> claim) {
        return mailings.save(key, claim).handle((saved, failure) -> failure).thenCompose(failure -> {
            if (failure == null) {
                return CompletableFuture.completedStage(true);
            }
            return OptimisticRetry.isEtagMismatch(failure)
                    ? CompletableFuture.completedStage(false)   // another delivery claimed it first
                    : CompletableFuture.<Boolean>failedStage(failure);
        });
    }

    @Override
    public CompletionStage<Void> save(String key, Versioned<Mailing> mailing) {
        return mailings.save(key, mailing);
    }
}
