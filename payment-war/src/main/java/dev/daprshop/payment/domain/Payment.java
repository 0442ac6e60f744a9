package dev.daprshop.payment.domain;

import java.math.BigDecimal;

/**
 * The payment of one order by a customer: approved, or declined with the reason; an approved
 * payment whose order was cancelled after all is refunded (the reason says why).
 */
public record Payment(String orderId, String customerId, BigDecimal amount, Status status, String reason,
                      String authorization) {

    public enum Status { APPROVED, DECLINED, REFUNDED }

    /**
     * The order was cancelled before it was paid: recorded as declined, so that its OrderCreated,
     * if it arrives later, finds the order decided and pays nothing.
     */
    public static Payment cancelledBeforePayment(String orderId, String why) {
        return new Payment(orderId, null, null, Status.DECLINED, why, null);
    }

    /** The money goes back; only an approved payment can be refunded. */
    public Payment refunded(String why) {
        if (!approved()) {
            throw new IllegalStateException("payment of order " + orderId + " is " + status + ": nothing to refund");
        }
        return new Payment(orderId, customerId, amount, Status.REFUNDED, why, authorization);
    }

    public boolean approved() {
        return status == Status.APPROVED;
    }

    /** The gateway's authorization of an approved payment. */
    public Payment authorized(String code) {
        return new Payment(orderId, customerId, amount, status, reason, code);
    }
}
