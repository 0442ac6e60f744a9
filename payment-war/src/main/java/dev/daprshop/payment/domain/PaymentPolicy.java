package dev.daprshop.payment.domain;

import java.math.BigDecimal;

/** Approves an order total up to {@code maxAmount}; declines anything above it. */
public record PaymentPolicy(BigDecimal maxAmount) {

    public Payment decide(String orderId, String customerId, BigDecimal amount) {
        if (amount.compareTo(maxAmount) > 0) {
            return new Payment(orderId, customerId, amount, Payment.Status.DECLINED,
                    "amount " + amount.toPlainString() + " exceeds the limit of " + maxAmount.toPlainString(), null);
        }
        return new Payment(orderId, customerId, amount, Payment.Status.APPROVED, null, null);
    }
}
