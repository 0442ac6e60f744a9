package dev.daprshop.payment.domain;

import java.math.BigDecimal;

/** The payment of one order: approved, or declined with the reason. */
public record Payment(String orderId, BigDecimal amount, Status status, String reason) {

    public enum Status { APPROVED, DECLINED }

    public boolean approved() {
        return status == Status.APPROVED;
    }
}
