package dev.daprshop.payment.domain;

import java.math.BigDecimal;

/** Published on topic {@code payments}: type PaymentCompleted, PaymentFailed or PaymentRefunded. */
public record PaymentResult(String orderId, String customerId, BigDecimal amount, String status, String reason) {

    public static PaymentResult of(Payment payment) {
        return new PaymentResult(payment.orderId(), payment.customerId(), payment.amount(), payment.status().name(), payment.reason());
    }

    public static String typeOf(Payment payment) {
        return switch (payment.status()) {
            case APPROVED -> "PaymentCompleted";
            case DECLINED -> "PaymentFailed";
            case REFUNDED -> "PaymentRefunded";
        };
    }
}
