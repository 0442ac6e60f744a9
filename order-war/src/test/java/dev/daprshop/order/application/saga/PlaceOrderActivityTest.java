package dev.daprshop.order.application.saga;

import static org.assertj.core.api.Assertions.assertThat;

import dev.daprshop.order.application.FakeInventory;
import dev.daprshop.order.application.FakeInventory.Release;
import dev.daprshop.order.application.FakeOrderEvents;
import dev.daprshop.order.application.FakeOrders;
import dev.daprshop.order.application.OrdersInFlight;
import dev.daprshop.order.application.Reservation;
import dev.daprshop.order.application.saga.Steps.OrderToPlace;
import dev.daprshop.order.domain.Order;
import dev.daprshop.order.domain.OrderCreated;
import dev.daprshop.order.domain.OrderLine;
import dev.daprshop.order.domain.OrderStatus;
import io.dapr.workflows.WorkflowActivityContext;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.helpers.NOPLogger;

class PlaceOrderActivityTest {

    private static final List<OrderLine> ITEMS = List.of(new OrderLine("p", 2, null));
    private static final List<OrderLine> PRICED = List.of(new OrderLine("p", 2, new BigDecimal("4.95")));
    private static final OrderToPlace TO_PLACE = new OrderToPlace("o-1", ITEMS, 120);

    private final Order pending = Order.accepted("o-1", "c-1", ITEMS, "trace");
    private final FakeOrders orders = new FakeOrders();
    private final FakeInventory inventory = new FakeInventory();
    private final FakeOrderEvents events = new FakeOrderEvents();
    private final OrdersInFlight inFlight = new OrdersInFlight();
    private final PlaceOrderActivity activity = new PlaceOrderActivity();

    PlaceOrderActivityTest() {
        activity.orders = orders;
        activity.inventory = inventory;
        activity.events = events;
        activity.inFlight = inFlight;
        inFlight.admit("o-1", 1);
    }

    private Object run() {
        return activity.run(new WorkflowActivityContext() {
            @Override
            public Logger getLogger() {
                return NOPLogger.NOP_LOGGER;
            }

            @Override
            public String getName() {
                return PlaceOrderActivity.class.getName();
            }

            @Override
            public String getTaskExecutionId() {
                return "1";
            }

            @Override
            public <T> T getInput(Class<T> type) {
                return type.cast(TO_PLACE);
            }
        });
    }

    @Test
    void heldStockPricesTheOrderThenAnnouncesIt() {
        orders.with(pending);
        inventory.answering(Reservation.held(PRICED));

        assertThat(run()).isEqualTo(Reservation.held(PRICED));

        Order priced = pending.priced(PRICED);
        assertThat(orders.writes()).containsExactly(priced);
        assertThat(events.published()).containsExactly(OrderCreated.of(priced));
        assertThat(inFlight.admit("o-2", 1)).as("o-1 no longer counted").isTrue();
    }

    @Test
    void aRetryAfterTheSaveAnnouncesAgainWithoutWriting() {
        orders.with(pending.priced(PRICED));
        inventory.answering(Reservation.held(PRICED));

        assertThat(run()).isEqualTo(Reservation.held(PRICED));

        assertThat(orders.writes()).isEmpty();
        assertThat(events.published()).hasSize(1);
    }

    @Test
    void refusedStockIsTheAnswerAndNothingIsWritten() {
        orders.with(pending);
        inventory.answering(Reservation.refused("product p: only 1 left"));

        assertThat(run()).isEqualTo(Reservation.refused("product p: only 1 left"));

        assertThat(orders.writes()).isEmpty();
        assertThat(events.published()).isEmpty();
        assertThat(inFlight.admit("o-2", 1)).isTrue();
    }

    @Test
    void anOrderEndedMeanwhileGetsItsStockBackAndIsNotAnnounced() {
        orders.with(pending.settled(OrderStatus.CANCELLED, OrderDeadlines.REASON));
        inventory.answering(Reservation.held(PRICED));

        assertThat(run()).isEqualTo(Reservation.refused(OrderDeadlines.REASON));

        assertThat(orders.writes()).isEmpty();
        assertThat(inventory.releases()).containsExactly(new Release("o-1", PRICED));
        assertThat(events.published()).isEmpty();
    }
}
