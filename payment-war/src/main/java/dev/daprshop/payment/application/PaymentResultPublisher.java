package dev.daprshop.payment.application;

import dev.daprshop.payment.domain.Payment;
import java.util.concurrent.CompletionStage;

/** Announces a payment's result (its consumers apply it once, however often it arrives). */
public interface PaymentResultPublisher {

    CompletionStage<Void> announce(Payment payment);
}
