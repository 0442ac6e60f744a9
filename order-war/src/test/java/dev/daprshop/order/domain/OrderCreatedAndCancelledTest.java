package dev.daprshop.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderCreatedAndCancelledTest {

    private final Order priced = Order.accepted("o-1", "c-1", List.of(new OrderLine("p", 2, null)), "trace")
            .priced(List.of(new OrderLine("p", 2, new BigDecimal("4.95"))));

    @Test
    void orderCreatedCarriesThePricedOrder() {
        assertThat(OrderCreated.of(priced))
                .isEqualTo(new OrderCreated("o-1", "c-1", priced.items(), new BigDecimal("9.90")));
    }

    @Test
    void orderCancelledCarriesHowAndWhyItEnded() {
        assertThat(OrderCancelled.of(priced.settled(OrderStatus.CANCELLED, "no payment")))
                .isEqualTo(new OrderCancelled("o-1", OrderStatus.CANCELLED, "no payment"));
    }
}
