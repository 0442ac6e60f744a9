package dev.daprshop.payment.domain;

import java.math.BigDecimal;

/** The payment of one order by a customer: approved, or declined with the reason. */
public record Payment(String orderId, String customerId, BigDecimal amount, Status status, String reason,
                      String authorization) {

    public enum Status { APPROVED, DECLINED }

    public boolean approved() {
        return status == Status.APPROVED;
    }

    /** The gateway's authorization of an approved payment. */
    public Payment authorized(String code) {
        return new Payment(orderId, customerId, amount, status, reason, code);
    }
}
