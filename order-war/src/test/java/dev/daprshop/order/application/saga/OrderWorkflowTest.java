package dev.daprshop.order.application.saga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.daprshop.order.application.OrderMetrics;
import dev.daprshop.order.application.Reservation;
import dev.daprshop.order.application.saga.ScriptedWorkflowContext.ActivityCall;
import dev.daprshop.order.application.saga.ScriptedWorkflowContext.EventWait;
import dev.daprshop.order.application.saga.Steps.OrderToPlace;
import dev.daprshop.order.application.saga.Steps.PaymentResult;
import dev.daprshop.order.application.saga.Steps.Settlement;
import dev.daprshop.order.domain.OrderLine;
import dev.daprshop.order.domain.OrderStatus;
import io.dapr.durabletask.ScriptedTasks;
import io.dapr.durabletask.TaskFailedException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderWorkflowTest {

    private static final String ORDER = "o-1";
    private static final OrderToPlace TO_PLACE = new OrderToPlace(ORDER, List.of(new OrderLine("p", 2, null)), 120);
    private static final Reservation HELD = Reservation.held(List.of(new OrderLine("p", 2, new BigDecimal("4.95"))));

    private final List<OrderStatus> outcomes = new ArrayList<>();
    private final List<Duration> durations = new ArrayList<>();
    private final OrderWorkflow workflow = new OrderWorkflow();

    OrderWorkflowTest() {
        workflow.metrics = new OrderMetrics() {
            @Override
            public void ended(OrderStatus status, Duration saga) {
                outcomes.add(status);
                durations.add(saga);
            }
        };
    }

    private static ScriptedWorkflowContext placed(Reservation reservation) {
        return new ScriptedWorkflowContext(TO_PLACE, false)
                .answering(PlaceOrderActivity.class, ScriptedTasks.completed(reservation))
                .answering(SettleOrderActivity.class, ScriptedTasks.completed(null))
                .answering(CancelOrderActivity.class, ScriptedTasks.completed(null));
    }

    private static ScriptedWorkflowContext paid(PaymentResult payment, boolean sold) {
        return placed(HELD)
                .raising(OrderWorkflow.PAYMENT_RESULT, ScriptedTasks.completed(payment))
                .answering(CompleteOrderActivity.class, ScriptedTasks.completed(sold));
    }

    private void run(ScriptedWorkflowContext context) {
        workflow.create().run(context);
    }

    @Test
    void aPaidOrderIsCompleted() {
        ScriptedWorkflowContext context = paid(new PaymentResult(true, null), true);

        run(context);

        assertThat(context.steps()).containsExactly("PlaceOrderActivity", "CompleteOrderActivity");
        assertThat(context.calls().get(0).input()).isEqualTo(TO_PLACE);
        assertThat(context.calls().get(1).input()).isEqualTo(ORDER);
        assertThat(outcomes).containsExactly(OrderStatus.COMPLETED);
    }

    @Test
    void refusedStockRejectsTheOrderWithInventorysReason() {
        ScriptedWorkflowContext context = placed(Reservation.refused("product p: only 1 left"));

        run(context);

        assertThat(context.steps()).containsExactly("PlaceOrderActivity", "SettleOrderActivity");
        assertThat(context.lastCall().input()).isEqualTo(new Settlement(ORDER, OrderStatus.REJECTED, "product p: only 1 left"));
        assertThat(context.waits()).isEmpty();
        assertThat(outcomes).containsExactly(OrderStatus.REJECTED);
    }

    @Test
    void aDeclinedPaymentCancelsTheOrder() {
        ScriptedWorkflowContext context = paid(new PaymentResult(false, "card declined"), true);

        run(context);

        assertThat(context.steps()).containsExactly("PlaceOrderActivity", "CancelOrderActivity");
        assertThat(context.lastCall().input()).isEqualTo(new Settlement(ORDER, OrderStatus.CANCELLED, "card declined"));
        assertThat(outcomes).containsExactly(OrderStatus.CANCELLED);
    }

    @Test
    void noPaymentWithinTheTimeoutCancelsTheOrder() {
        ScriptedWorkflowContext context = placed(HELD)
                .raising(OrderWorkflow.PAYMENT_RESULT, ScriptedTasks.timedOut(OrderWorkflow.PAYMENT_RESULT));

        run(context);

        assertThat(context.waits()).containsExactly(new EventWait(OrderWorkflow.PAYMENT_RESULT, Duration.ofSeconds(120)));
        assertThat(context.steps()).containsExactly("PlaceOrderActivity", "CancelOrderActivity");
        assertThat(context.lastCall().input())
                .isEqualTo(new Settlement(ORDER, OrderStatus.CANCELLED, "no payment result within 120 s"));
        assertThat(outcomes).containsExactly(OrderStatus.CANCELLED);
    }

    @Test
    void aPaymentAfterTheHoldRanOutCancelsTheOrder() {
        ScriptedWorkflowContext context = paid(new PaymentResult(true, null), false);

        run(context);

        assertThat(context.steps()).containsExactly("PlaceOrderActivity", "CompleteOrderActivity", "CancelOrderActivity");
        assertThat(context.lastCall().input()).isEqualTo(new Settlement(ORDER, OrderStatus.CANCELLED,
                "the reserved stock was released before the payment arrived"));
        assertThat(outcomes).containsExactly(OrderStatus.CANCELLED);
    }

    @Test
    void placingThatFailsRejectsTheOrderWithAStableReasonAndCompensates() {
        ScriptedWorkflowContext context = placed(HELD)
                .answering(PlaceOrderActivity.class, ScriptedTasks.failed(PlaceOrderActivity.class.getName(), "inventory-service away"));

        run(context);

        assertThat(context.steps()).containsExactly("PlaceOrderActivity", "CancelOrderActivity");
        assertThat(context.lastCall().input()).isEqualTo(new Settlement(ORDER, OrderStatus.REJECTED, OrderWorkflow.PLACING_FAILED));
        assertThat(context.waits()).isEmpty();
        assertThat(outcomes).containsExactly(OrderStatus.REJECTED);
    }

    @Test
    void completingThatFailsCancelsThePaidOrder() {
        ScriptedWorkflowContext context = paid(new PaymentResult(true, null), true)
                .answering(CompleteOrderActivity.class, ScriptedTasks.failed(CompleteOrderActivity.class.getName(), "store away"));

        run(context);

        assertThat(context.steps()).containsExactly("PlaceOrderActivity", "CompleteOrderActivity", "CancelOrderActivity");
        assertThat(context.lastCall().input()).isEqualTo(new Settlement(ORDER, OrderStatus.CANCELLED, OrderWorkflow.COMPLETING_FAILED));
        assertThat(outcomes).containsExactly(OrderStatus.CANCELLED);
    }

    @Test
    void aCompensationThatFailsFailsTheWorkflowForTheDeadlineCheckToFinish() {
        ScriptedWorkflowContext context = paid(new PaymentResult(false, "card declined"), true)
                .answering(CancelOrderActivity.class, ScriptedTasks.failed(CancelOrderActivity.class.getName(), "store away"));

        assertThatThrownBy(() -> run(context)).isInstanceOf(TaskFailedException.class);
        assertThat(outcomes).isEmpty();
    }

    @Test
    void theOutcomeIsCountedOnceLiveNotOnReplay() {
        ScriptedWorkflowContext replay = new ScriptedWorkflowContext(TO_PLACE, true)
                .answering(PlaceOrderActivity.class, ScriptedTasks.completed(Reservation.refused("none left")))
                .answering(SettleOrderActivity.class, ScriptedTasks.completed(null));

        run(replay);

        assertThat(replay.steps()).containsExactly("PlaceOrderActivity", "SettleOrderActivity");
        assertThat(outcomes).isEmpty();
    }

    @Test
    void theSagaTakesAsLongAsItsHistorySays() {
        run(paid(new PaymentResult(true, null), true));

        // Two activities of 100 ms and a wait of 1 s, on the scripted clock.
        assertThat(durations).containsExactly(Duration.ofMillis(1200));
    }

    @Test
    void everyStepIsCalledByItsRegisteredNameAndRetried() {
        ScriptedWorkflowContext context = paid(new PaymentResult(true, null), false);

        run(context);

        // Activities are registered by class name: a renamed class breaks the workflows in flight.
        assertThat(context.calls()).extracting(ActivityCall::name).containsExactly(
                "dev.daprshop.order.application.saga.PlaceOrderActivity",
                "dev.daprshop.order.application.saga.CompleteOrderActivity",
                "dev.daprshop.order.application.saga.CancelOrderActivity");
        assertThat(context.calls()).allSatisfy(call -> assertThat(call.options().getRetryPolicy().getMaxNumberOfAttempts()).isEqualTo(5));
    }
}
