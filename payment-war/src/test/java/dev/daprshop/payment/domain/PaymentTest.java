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
}
