package dev.daprshop.payment.application;

import dev.daprshop.payment.domain.Receipt;
import java.util.concurrent.CompletionStage;

/** Sends the customers' mails. */
public interface Mailer {

    CompletionStage<Void> send(Receipt mail);

    /**
     * Whether a send that failed this way may still have delivered its mail (it timed out) rather
     * than certainly not (the mail server refused it): only the transport can tell.
     */
    boolean mayHaveGoneOut(Throwable failure);
}
