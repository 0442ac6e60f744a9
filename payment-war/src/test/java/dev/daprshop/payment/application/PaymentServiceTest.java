package dev.daprshop.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.daprshop.dapr.telemetry.EventLog;
import dev.daprshop.payment.domain.GatewayAuthorization;
import dev.daprshop.payment.domain.Payment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentServiceTest {

    private static final String KEY = "gateway-secret";

    private final InMemoryPayments payments = new InMemoryPayments();
    private final List<Payment> announced = new ArrayList<>();
    private final List<Payment> counted = new ArrayList<>();
    private final List<String> logged = new ArrayList<>();
    private int keyReads;
    private final PaymentService service = new PaymentService();

    @BeforeEach
    void wire() {
        service.payments = payments;
        service.settings = new PaymentSettings() {
            @Override
            public BigDecimal maxAmount() {
                return new BigDecimal("1000");
            }
        };
        service.gatewayKey = () -> {
            keyReads++;
            return CompletableFuture.completedStage(KEY);
        };
        service.results = payment -> {
            announced.add(payment);
            return CompletableFuture.completedStage(null);
        };
        service.metrics = counted::add;
        service.eventLog = new EventLog() {
            @Override
            public void info(String message) {
                logged.add(message);
            }
        };
    }

    @Test
    void aCreatedOrderWithinTheLimitIsApprovedAuthorizedSavedCountedAndAnnounced() {
        Payment paid = done(service.orderCreated("o-1", "c-1", new BigDecimal("25.00")));

        assertThat(paid).isEqualTo(new Payment("o-1", "c-1", new BigDecimal("25.00"), Payment.Status.APPROVED, null,
                GatewayAuthorization.of(KEY, "o-1", new BigDecimal("25.00"))));
        assertThat(payments.stored).containsEntry("o-1", paid);
        assertThat(announced).containsExactly(paid);
        assertThat(counted).containsExactly(paid);
        assertThat(logged).containsExactly("order o-1: payment APPROVED, amount 25.00");
    }

    @Test
    void aCreatedOrderAboveTheLimitIsDeclinedWithoutAskingTheGateway() {
        Payment declined = done(service.orderCreated("o-1", "c-1", new BigDecimal("1000.01")));

        assertThat(declined.status()).isEqualTo(Payment.Status.DECLINED);
        assertThat(declined.authorization()).isNull();
        assertThat(keyReads).isZero();
        assertThat(payments.stored).containsEntry("o-1", declined);
        assertThat(announced).containsExactly(declined);
        assertThat(logged).containsExactly("order o-1: payment DECLINED, amount 1000.01 (amount 1000.01 exceeds the limit of 1000)");
    }

    @Test
    void aRedeliveredOrderCreatedPaysOnceAndAnnouncesAgain() {
        Payment first = done(service.orderCreated("o-1", "c-1", BigDecimal.TEN));
        Payment again = done(service.orderCreated("o-1", "c-1", BigDecimal.TEN));

        assertThat(again).isEqualTo(first);
        assertThat(payments.writes).isEqualTo(1);
        assertThat(counted).hasSize(1);
        assertThat(keyReads).isEqualTo(1);
        assertThat(announced).containsExactly(first, first);
    }

    @Test
    void aDeliveryThatLosesTheRaceToPayTakesTheOtherDeliverysPayment() {
        Payment other = Payment.approve("o-1", "c-1", BigDecimal.TEN).authorizedWith(KEY);
        payments.addedFirstByAnother = other;

        Payment paid = done(service.orderCreated("o-1", "c-1", BigDecimal.TEN));

        assertThat(paid).isEqualTo(other);
        assertThat(counted).isEmpty();
        assertThat(announced).containsExactly(other);
    }

    @Test
    void anOrderCancelledBeforePaymentIsRecordedDeclinedAndNeverPaid() {
        Payment cancelled = done(service.orderCancelled("o-1", "timeout"));

        assertThat(cancelled).isEqualTo(Payment.cancelledBeforePayment("o-1", "the order was cancelled: timeout"));
        assertThat(announced).isEmpty();
        assertThat(counted).containsExactly(cancelled);
        assertThat(logged).containsExactly("order o-1: payment DECLINED (the order was cancelled: timeout)");

        Payment late = done(service.orderCreated("o-1", "c-1", BigDecimal.TEN));

        assertThat(late).isEqualTo(cancelled);
        assertThat(keyReads).isZero();
        assertThat(payments.writes).isEqualTo(1);
        assertThat(announced).containsExactly(cancelled);
    }

    @Test
    void anOrderCancelledAfterPaymentIsRefundedCountedAndAnnounced() {
        Payment paid = done(service.orderCreated("o-1", "c-1", BigDecimal.TEN));

        Payment refunded = done(service.orderCancelled("o-1", "out of stock"));

        assertThat(refunded).isEqualTo(paid.refunded("the order was cancelled: out of stock"));
        assertThat(payments.stored).containsEntry("o-1", refunded);
        assertThat(counted).containsExactly(paid, refunded);
        assertThat(announced).containsExactly(paid, refunded);
        assertThat(logged).last().isEqualTo("order o-1: payment REFUNDED, amount 10 (the order was cancelled: out of stock)");
    }

    @Test
    void aRedeliveredCancellationRefundsOnceAndAnnouncesAgain() {
        done(service.orderCreated("o-1", "c-1", BigDecimal.TEN));
        Payment refunded = done(service.orderCancelled("o-1", "out of stock"));

        Payment again = done(service.orderCancelled("o-1", "out of stock"));

        assertThat(again).isEqualTo(refunded);
        assertThat(payments.writes).isEqualTo(2);
        assertThat(counted).hasSize(2);
        assertThat(announced).endsWith(refunded, refunded);
    }

    @Test
    void aCancellationLeavesADeclinedPaymentAsItIs() {
        Payment declined = done(service.orderCreated("o-1", "c-1", new BigDecimal("5000")));

        Payment after = done(service.orderCancelled("o-1", "too expensive"));

        assertThat(after).isEqualTo(declined);
        assertThat(payments.writes).isEqualTo(1);
        assertThat(counted).containsExactly(declined);
        assertThat(announced).containsExactly(declined);
    }

    @Test
    void aCancellationThatLosesTheRaceToAPaymentRefundsIt() {
        Payment other = Payment.approve("o-1", "c-1", BigDecimal.TEN).authorizedWith(KEY);
        payments.addedFirstByAnother = other;

        Payment refunded = done(service.orderCancelled("o-1", "timeout"));

        assertThat(refunded).isEqualTo(other.refunded("the order was cancelled: timeout"));
        assertThat(counted).containsExactly(refunded);
        assertThat(announced).containsExactly(refunded);
    }

    @Test
    void aPaymentIsReadAsStored() {
        Payment paid = done(service.orderCreated("o-1", "c-1", BigDecimal.TEN));

        assertThat(done(service.payment("o-1"))).contains(paid);
        assertThat(done(service.payment("o-2"))).isEmpty();
    }

    private static <T> T done(CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }
}
