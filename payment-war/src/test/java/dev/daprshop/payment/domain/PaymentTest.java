package dev.daprshop.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private final Payment approved = new Payment("o-1", "c-1", BigDecimal.TEN, Payment.Status.APPROVED, null, "auth");

    @Test
    void anApprovedPaymentIsRefundedWithItsReason() {
        Payment refunded = approved.refunded("the order was cancelled");

        assertThat(refunded.status()).isEqualTo(Payment.Status.REFUNDED);
        assertThat(refunded.reason()).isEqualTo("the order was cancelled");
        assertThat(PaymentResult.typeOf(refunded)).isEqualTo("PaymentRefunded");
    }

    @Test
    void onlyAnApprovedPaymentCanBeRefunded() {
        Payment declined = Payment.cancelledBeforePayment("o-1", "cancelled");

        assertThat(declined.status()).isEqualTo(Payment.Status.DECLINED);
        assertThatThrownBy(() -> declined.refunded("again")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> approved.refunded("once").refunded("twice")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRefundKeepsWhatWasPaidAndItsAuthorization() {
        assertThat(approved.refunded("why"))
                .isEqualTo(new Payment("o-1", "c-1", BigDecimal.TEN, Payment.Status.REFUNDED, "why", "auth"));
    }

    @Test
    void thePolicyApprovesWithoutReasonOrAuthorizationYet() {
        assertThat(Payment.approve("o-1", "c-1", BigDecimal.TEN))
                .isEqualTo(new Payment("o-1", "c-1", BigDecimal.TEN, Payment.Status.APPROVED, null, null));
    }

    @Test
    void thePolicyDeclinesWithItsReason() {
        assertThat(Payment.decline("o-1", "c-1", BigDecimal.TEN, "too much"))
                .isEqualTo(new Payment("o-1", "c-1", BigDecimal.TEN, Payment.Status.DECLINED, "too much", null));
    }

    @Test
    void anOrderCancelledBeforePaymentIsDeclinedWithNothingToPay() {
        assertThat(Payment.cancelledBeforePayment("o-1", "the order was cancelled: timeout"))
                .isEqualTo(new Payment("o-1", null, null, Payment.Status.DECLINED, "the order was cancelled: timeout", null));
    }

    @Test
    void anApprovedPaymentIsAuthorizedWithTheGatewayKey() {
        Payment payment = Payment.approve("o-1", "c-1", new BigDecimal("25.00"));

        Payment authorized = payment.authorizedWith("gateway-secret");

        assertThat(authorized.authorization()).isEqualTo(GatewayAuthorization.of("gateway-secret", "o-1", new BigDecimal("25")));
        assertThat(authorized).isEqualTo(new Payment("o-1", "c-1", new BigDecimal("25.00"), Payment.Status.APPROVED, null,
                authorized.authorization()));
    }

    @Test
    void onlyAnApprovedPaymentIsAuthorized() {
        Payment declined = Payment.decline("o-1", "c-1", BigDecimal.TEN, "too much");

        assertThatThrownBy(() -> declined.authorizedWith("gateway-secret")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> approved.refunded("why").authorizedWith("gateway-secret")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCancelledOrderRefundsAnApprovedPayment() {
        assertThat(approved.cancelled("the order was cancelled: x")).isEqualTo(approved.refunded("the order was cancelled: x"));
    }

    @Test
    void aCancelledOrderLeavesAFinalPaymentAsItIs() {
        Payment declined = Payment.decline("o-1", "c-1", BigDecimal.TEN, "too much");
        Payment refunded = approved.refunded("first");

        assertThat(declined.cancelled("later")).isSameAs(declined);
        assertThat(refunded.cancelled("again")).isSameAs(refunded);
    }

    @Test
    void eachStatusIsPublishedAsItsEventType() {
        assertThat(PaymentResult.typeOf(approved)).isEqualTo("PaymentCompleted");
        assertThat(PaymentResult.typeOf(Payment.decline("o-1", "c-1", BigDecimal.TEN, "no"))).isEqualTo("PaymentFailed");
        assertThat(PaymentResult.typeOf(approved.refunded("why"))).isEqualTo("PaymentRefunded");
    }

    @Test
    void theResultCarriesNoAuthorization() {
        assertThat(PaymentResult.of(approved)).isEqualTo(new PaymentResult("o-1", "c-1", BigDecimal.TEN, "APPROVED", null));
    }
}
