package dev.daprshop.payment.application;

import dev.daprshop.payment.domain.Payment;

/** Counts the payments decided, by status: once per decision written (a redelivery counts nothing). */
public interface PaymentMetrics {

    void decided(Payment payment);
}
