package dev.daprshop.order.domain;

import java.math.BigDecimal;

/** Units of one product in an order, at the price inventory reserved them for (null before). */
public record OrderLine(String productId, int quantity, BigDecimal unitPrice) {

    public BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
