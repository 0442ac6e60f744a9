package dev.daprshop.payment.domain;

import java.math.BigDecimal;

/** Approves an order total up to {@code maxAmount}; declines anything above it. */
public record PaymentPolicy(BigDecimal maxAmount) {

    public Payment decide(String orderId, String customerId, BigDecimal amount) {
        if (amount.compareTo(maxAmount) > 0) {
            return Payment.decline(orderId, customerId, amount,
                    "amount " + amount.toPlainString() + " exceeds the limit of " + maxAmount.toPlainString());
        }
        return Payment.approve(orderId, customerId, amount);
    }
}
