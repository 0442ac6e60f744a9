package dev.daprshop.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderLineTest {

    @Test
    void itsAmountIsUnitPriceTimesQuantity() {
        assertThat(new OrderLine("p", 3, new BigDecimal("1.25")).amount()).isEqualByComparingTo("3.75");
    }

    @Test
    void amountsKeepTheScaleOfThePrice() {
        assertThat(new OrderLine("p", 2, new BigDecimal("0.50")).amount()).isEqualTo(new BigDecimal("1.00"));
    }
}
