package dev.daprshop.payment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.daprshop.payment.domain.Mailing;
import dev.daprshop.payment.domain.Payment;
import dev.daprshop.payment.domain.PaymentResult;
import io.dapr.serializer.DefaultObjectSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the adapters hand to the Dapr SDK, as its serializer writes it: the state records and the
 * published result keep their JSON, so records already stored and consumers of topic payments read
 * them as before.
 */
class WrittenJsonTest {

    private final DefaultObjectSerializer serializer = new DefaultObjectSerializer();

    @Test
    void aPaymentIsStoredWithItsSixFields() throws IOException {
        Payment payment = new Payment("o-1", "c-1", new BigDecimal("25.00"), Payment.Status.APPROVED, null, "abc");

        assertThat(json(payment)).isEqualTo("{\"orderId\":\"o-1\",\"customerId\":\"c-1\",\"amount\":25.00,\"status\":\"APPROVED\",\"authorization\":\"abc\"}");
        assertThat(serializer.deserialize(serializer.serialize(payment), Payment.class)).isEqualTo(payment);
    }

    @Test
    void aMailClaimIsStoredWithItsFourFields() throws IOException {
        Mailing claim = new Mailing(false, "event-1", 1_700_000_000_000L, 2);

        assertThat(json(claim)).isEqualTo("{\"sent\":false,\"claimedBy\":\"event-1\",\"claimedAtMillis\":1700000000000,\"attempts\":2}");
        assertThat(serializer.deserialize(serializer.serialize(claim), Mailing.class)).isEqualTo(claim);
    }

    @Test
    void aPaymentResultIsPublishedWithItsFiveFields() throws IOException {
        Payment refunded = new Payment("o-1", "c-1", BigDecimal.TEN, Payment.Status.REFUNDED, "cancelled", "abc");

        assertThat(json(PaymentResult.of(refunded))).isEqualTo("{\"orderId\":\"o-1\",\"customerId\":\"c-1\",\"amount\":10,\"status\":\"REFUNDED\",\"reason\":\"cancelled\"}");
    }

    private String json(Object value) throws IOException {
        return new String(serializer.serialize(value), StandardCharsets.UTF_8);
    }
}
