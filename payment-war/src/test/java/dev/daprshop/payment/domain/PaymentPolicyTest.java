package dev.daprshop.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PaymentPolicyTest {

    private final PaymentPolicy policy = new PaymentPolicy(new BigDecimal("1000"));

    @Test
    void aTotalBelowTheLimitIsApproved() {
        assertThat(policy.decide("o-1", "c-1", new BigDecimal("999.99")))
                .isEqualTo(Payment.approve("o-1", "c-1", new BigDecimal("999.99")));
    }

    @Test
    void aTotalAtTheLimitIsApprovedWhateverItsScale() {
        assertThat(policy.decide("o-1", "c-1", new BigDecimal("1000.00")).status()).isEqualTo(Payment.Status.APPROVED);
        assertThat(policy.decide("o-1", "c-1", BigDecimal.ZERO).status()).isEqualTo(Payment.Status.APPROVED);
    }

    @Test
    void aTotalAboveTheLimitIsDeclinedWithTheReason() {
        assertThat(policy.decide("o-1", "c-1", new BigDecimal("1000.01"))).isEqualTo(Payment.decline("o-1", "c-1",
                new BigDecimal("1000.01"), "amount 1000.01 exceeds the limit of 1000"));
    }

    @Test
    void theReasonWritesNumbersPlain() {
        Payment declined = new PaymentPolicy(new BigDecimal("1E+3")).decide("o-1", "c-1", new BigDecimal("1.5E+3"));

        assertThat(declined.reason()).isEqualTo("amount 1500 exceeds the limit of 1000");
    }
}
