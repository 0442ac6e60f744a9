package dev.daprshop.payment.application;

import dev.daprshop.dapr.async.Failures;
import dev.daprshop.payment.domain.Receipt;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;

/** Mails "sent" into a list; the next send fails with {@link #failNext} when it is set. */
final class SentMails implements Mailer {

    final List<Receipt> sent = new ArrayList<>();
    Throwable failNext;

    @Override
    public CompletionStage<Void> send(Receipt mail) {
        if (failNext != null) {
            Throwable failure = failNext;
            failNext = null;
            return CompletableFuture.failedStage(failure);
        }
        sent.add(mail);
        return CompletableFuture.completedStage(null);
    }

    @Override
    public boolean mayHaveGoneOut(Throwable failure) {
        return Failures.unwrap(failure) instanceof TimeoutException;
    }
}
