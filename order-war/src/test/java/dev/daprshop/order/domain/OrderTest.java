package dev.daprshop.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTest {

    private final Order pending = Order.accepted("o-1", "c-1", List.of(new OrderLine("p", 2, null)), "trace");

    @Test
    void pricingSumsTheLinesAndAnnouncesTheOrder() {
        Order priced = pending.priced(List.of(new OrderLine("p", 2, new BigDecimal("4.95"))));

        assertThat(priced.total()).isEqualByComparingTo("9.90");
        assertThat(priced.announced()).isTrue();
        assertThat(pending.announced()).isFalse();
    }

    @Test
    void aFinalStatusIsWrittenOnce() {
        Order cancelled = pending.settled(OrderStatus.CANCELLED, "no payment");

        assertThatThrownBy(() -> cancelled.settled(OrderStatus.COMPLETED, null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cancelled.priced(List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOrderCannotBeSettledPending() {
        assertThatThrownBy(() -> pending.settled(OrderStatus.PENDING, "?")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCompletedOrderHasNoReason() {
        assertThat(pending.settled(OrderStatus.COMPLETED, "ignored").reason()).isNull();
    }
}
