package dev.daprshop.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderTest {

    private final Order pending = Order.accepted("o-1", "c-1", List.of(new OrderLine("p", 2, null)), "trace");
    private final List<OrderLine> pricedLines = List.of(new OrderLine("p", 2, new BigDecimal("4.95")));

    @Test
    void aNewOrderIsPendingUnpricedAndNotAnnounced() {
        assertThat(pending.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(pending.isFinal()).isFalse();
        assertThat(pending.total()).isNull();
        assertThat(pending.reason()).isNull();
        assertThat(pending.announced()).isFalse();
    }

    @Test
    void itsItemsCannotBeChangedFromOutside() {
        List<OrderLine> items = new ArrayList<>(List.of(new OrderLine("p", 1, null)));
        Order order = Order.accepted("o-2", "c-1", items, "trace");

        items.add(new OrderLine("q", 1, null));

        assertThat(order.items()).hasSize(1);
        assertThatThrownBy(() -> order.items().add(new OrderLine("q", 1, null))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void pricingSumsTheLinesAndAnnouncesTheOrder() {
        Order priced = pending.priced(List.of(new OrderLine("p", 2, new BigDecimal("4.95")), new OrderLine("q", 1, new BigDecimal("0.10"))));

        assertThat(priced.total()).isEqualByComparingTo("10.00");
        assertThat(priced.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(priced.announced()).isTrue();
        assertThat(pending.announced()).isFalse();
    }

    @Test
    void pricingAgainAtTheSamePricesChangesNothing() {
        Order priced = pending.priced(pricedLines);

        assertThat(priced.priced(pricedLines)).isEqualTo(priced);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"REJECTED", "CANCELLED"})
    void anUnsuccessfulEndKeepsItsReason(OrderStatus status) {
        Order ended = pending.settled(status, "why");

        assertThat(ended.status()).isEqualTo(status);
        assertThat(ended.isFinal()).isTrue();
        assertThat(ended.reason()).isEqualTo("why");
        assertThat(ended.items()).isEqualTo(pending.items());
    }

    @Test
    void aCompletedOrderHasNoReason() {
        assertThat(pending.settled(OrderStatus.COMPLETED, "ignored").reason()).isNull();
    }

    @Test
    void aSettledOrderKeepsItsPrice() {
        Order paid = pending.priced(pricedLines).settled(OrderStatus.COMPLETED, null);

        assertThat(paid.total()).isEqualByComparingTo("9.90");
        assertThat(paid.announced()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"COMPLETED", "REJECTED", "CANCELLED"})
    void aFinalStatusIsWrittenOnce(OrderStatus status) {
        Order ended = pending.settled(status, "first");

        for (OrderStatus again : List.of(OrderStatus.COMPLETED, OrderStatus.REJECTED, OrderStatus.CANCELLED)) {
            assertThatThrownBy(() -> ended.settled(again, "second")).isInstanceOf(IllegalStateException.class);
        }
        assertThatThrownBy(() -> ended.priced(pricedLines)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOrderCannotBeSettledPending() {
        assertThatThrownBy(() -> pending.settled(OrderStatus.PENDING, "?")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pending.settledIfPending(OrderStatus.PENDING, "?")).isInstanceOf(IllegalArgumentException.class);
        Order ended = pending.settled(OrderStatus.CANCELLED, "no payment");
        assertThatThrownBy(() -> ended.settledIfPending(OrderStatus.PENDING, "?")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstEndDecides() {
        Order cancelled = pending.settledIfPending(OrderStatus.CANCELLED, "no payment");

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.settledIfPending(OrderStatus.COMPLETED, null)).isSameAs(cancelled);
        assertThat(cancelled.settledIfPending(OrderStatus.REJECTED, "later")).isSameAs(cancelled);
    }

    @Test
    void anOrderThatEndedBeforeItWasPricedStaysEnded() {
        Order cancelled = pending.settled(OrderStatus.CANCELLED, "deadline");

        assertThat(cancelled.pricedIfPending(pricedLines)).isSameAs(cancelled);
        assertThat(pending.pricedIfPending(pricedLines)).isEqualTo(pending.priced(pricedLines));
    }

    @Test
    void onlyPendingIsNotFinal() {
        assertThat(OrderStatus.PENDING.isFinal()).isFalse();
        assertThat(List.of(OrderStatus.COMPLETED, OrderStatus.REJECTED, OrderStatus.CANCELLED)).allMatch(OrderStatus::isFinal);
    }
}
