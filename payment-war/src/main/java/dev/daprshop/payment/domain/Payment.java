package dev.daprshop.payment.domain;

import java.math.BigDecimal;

/**
 * The payment of one order by a customer: approved, or declined with the reason; an approved
 * payment whose order was cancelled after all is refunded (the reason says why). Its state machine:
 * APPROVED → REFUNDED; DECLINED and REFUNDED are final. It changes only through the methods below
 * (the components stay as they are: they are the JSON stored in the state store).
 */
public record Payment(String orderId, String customerId, BigDecimal amount, Status status, String reason,
                      String authorization) {

    public enum Status { APPROVED, DECLINED, REFUNDED }

    /** Approved by the policy; the gateway authorizes it next ({@link #authorizedWith}). */
    public static Payment approve(String orderId, String customerId, BigDecimal amount) {
        return new Payment(orderId, customerId, amount, Status.APPROVED, null, null);
    }

    /** Declined by the policy, with the reason. */
    public static Payment decline(String orderId, String customerId, BigDecimal amount, String reason) {
        return new Payment(orderId, customerId, amount, Status.DECLINED, reason, null);
    }

    /**
     * The order was cancelled before it was paid: recorded as declined, so that its OrderCreated,
     * if it arrives later, finds the order decided and pays nothing.
     */
    public static Payment cancelledBeforePayment(String orderId, String why) {
        return new Payment(orderId, null, null, Status.DECLINED, why, null);
    }

    /** The gateway's authorization of an approved payment: its code signed with the gateway key. */
    public Payment authorizedWith(String gatewayKey) {
        if (!approved()) {
            throw new IllegalStateException("payment of order " + orderId + " is " + status + ": nothing to authorize");
        }
        return new Payment(orderId, customerId, amount, status, reason, GatewayAuthorization.of(gatewayKey, orderId, amount));
    }

    /**
     * The order was cancelled after its payment was decided: an approved payment is refunded; a
     * declined or refunded one is final and stays as it is (this same payment).
     */
    public Payment cancelled(String why) {
        return approved() ? refunded(why) : this;
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
}
