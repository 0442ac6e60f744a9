package dev.daprshop.order.application.saga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.daprshop.dapr.telemetry.EventLog;
import dev.daprshop.order.application.FakeInventory;
import dev.daprshop.order.application.FakeInventory.Release;
import dev.daprshop.order.application.FakeOrderEvents;
import dev.daprshop.order.application.FakeOrders;
import dev.daprshop.order.application.OrdersInFlight;
import dev.daprshop.order.domain.Order;
import dev.daprshop.order.domain.OrderCancelled;
import dev.daprshop.order.domain.OrderLine;
import dev.daprshop.order.domain.OrderStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class SettlementsTest {

    private static final List<OrderLine> ITEMS = List.of(new OrderLine("p", 2, null));
    private static final List<OrderLine> PRICED = List.of(new OrderLine("p", 2, new BigDecimal("4.95")));

    private final Order pending = Order.accepted("o-1", "c-1", ITEMS, "trace");
    private final Order announced = pending.priced(PRICED);

    private final FakeOrders orders = new FakeOrders();
    private final FakeInventory inventory = new FakeInventory();
    private final FakeOrderEvents events = new FakeOrderEvents();
    private final OrdersInFlight inFlight = new OrdersInFlight();
    private final List<String> logged = new ArrayList<>();
    private final Settlements settlements = new Settlements();

    SettlementsTest() {
        settlements.orders = orders;
        settlements.inventory = inventory;
        settlements.events = events;
        settlements.inFlight = inFlight;
        settlements.eventLog = new EventLog() {
            @Override
            public void info(String message) {
                logged.add(message);
            }
        };
        inFlight.admit("o-1", 1);
    }

    private static <T> T done(CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }

    @Test
    void settlingEndsAPendingOrderOnceAndSaysSo() {
        orders.with(pending);

        Order rejected = done(settlements.settle("o-1", OrderStatus.REJECTED, "none left"));

        assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(orders.get("o-1")).isEqualTo(rejected);
        assertThat(logged).containsExactly("order o-1 REJECTED: none left");
        assertThat(inFlight.admit("o-2", 1)).as("o-1 no longer counted").isTrue();
        assertThat(inventory.releases()).isEmpty();
    }

    @Test
    void anOrderThatEndedAlreadyIsLeftAsItIs() {
        Order cancelled = pending.settled(OrderStatus.CANCELLED, "deadline");
        orders.with(cancelled);

        assertThat(done(settlements.settle("o-1", OrderStatus.REJECTED, "later"))).isEqualTo(cancelled);
        assertThat(orders.writes()).isEmpty();
        assertThat(logged).isEmpty();
    }

    @Test
    void completingAPendingOrderSucceeds() {
        orders.with(announced);

        assertThat(done(settlements.complete("o-1"))).isTrue();
        assertThat(orders.get("o-1").status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(logged).containsExactly("order o-1 COMPLETED");
    }

    @Test
    void completingAnOrderCancelledMeanwhileFails() {
        orders.with(announced.settled(OrderStatus.CANCELLED, "deadline"));

        assertThat(done(settlements.complete("o-1"))).isFalse();
        assertThat(orders.get("o-1").status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void cancellingAnAnnouncedOrderGivesBackItsStockAndTellsPayment() {
        orders.with(announced);

        done(settlements.cancel("o-1", OrderStatus.CANCELLED, "card declined"));

        assertThat(orders.get("o-1").status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(inventory.releases()).containsExactly(new Release("o-1", PRICED));
        assertThat(events.published()).containsExactly(new OrderCancelled("o-1", OrderStatus.CANCELLED, "card declined"));
    }

    @Test
    void cancellingAnOrderNeverAnnouncedTellsPaymentNothing() {
        orders.with(pending);

        done(settlements.cancel("o-1", OrderStatus.REJECTED, OrderWorkflow.PLACING_FAILED));

        assertThat(orders.get("o-1").reason()).isEqualTo(OrderWorkflow.PLACING_FAILED);
        assertThat(inventory.releases()).containsExactly(new Release("o-1", ITEMS));
        assertThat(events.published()).isEmpty();
    }

    @Test
    void cancellingAgainFinishesTheCompensationWithTheFirstReason() {
        orders.with(announced.settled(OrderStatus.CANCELLED, "card declined"));

        done(settlements.cancel("o-1", OrderStatus.CANCELLED, OrderDeadlines.REASON));

        assertThat(orders.writes()).isEmpty();
        assertThat(inventory.releases()).hasSize(1);
        assertThat(events.published()).containsExactly(new OrderCancelled("o-1", OrderStatus.CANCELLED, "card declined"));
    }

    @Test
    void aCompletedOrderIsNotCancelled() {
        orders.with(announced.settled(OrderStatus.COMPLETED, null));

        done(settlements.cancel("o-1", OrderStatus.CANCELLED, "late"));

        assertThat(orders.get("o-1").status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(inventory.releases()).isEmpty();
        assertThat(events.published()).isEmpty();
    }

    @Test
    void anUnknownOrderCannotBeSettled() {
        assertThatThrownBy(() -> done(settlements.settle("o-9", OrderStatus.CANCELLED, "?")))
                .hasCauseInstanceOf(IllegalStateException.class);
    }
}
