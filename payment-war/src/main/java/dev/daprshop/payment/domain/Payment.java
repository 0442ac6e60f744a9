package dev.daprshop.payment.domain;

import java.math.BigDecimal;

/** The payment of one order by a customer: approved, or declined with the reason. */
public record Payment(String orderId, String customerId, BigDecimal amount, Status status, String reason) {

    public enum Status { APPROVED, DECLINED }

    public boolean approved() {
        return status == Status.APPROVED;
    }
}
