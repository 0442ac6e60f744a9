package dev.daprshop.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptTest {

    @Test
    void aReceiptGoesToTheCustomersAddressWithTheAmountPaid() {
        assertThat(Receipt.of("o-1", "c-1", new BigDecimal("25.00"))).contains(new Receipt("c-1@customers.daprshop.test",
                "Your receipt for order o-1", "<p>Thank you for your order o-1.</p>\n<p>Amount paid: 25.00</p>\n"));
    }

    @Test
    void aRefundNoticeSaysWhyAndHowMuch() {
        assertThat(Receipt.refund("o-1", "c-1", BigDecimal.TEN, "the order was cancelled: timeout")).contains(new Receipt(
                "c-1@customers.daprshop.test", "Your refund for order o-1",
                "<p>Your order o-1 was cancelled (the order was cancelled: timeout).</p>\n<p>Amount refunded: 10</p>\n"));
    }

    @Test
    void aRefundWithoutReasonSaysNull() {
        assertThat(Receipt.refund("o-1", "c-1", BigDecimal.TEN, null).orElseThrow().html()).contains("was cancelled (null)");
    }

    @Test
    void everyValueInTheBodyIsEscaped() {
        Receipt refund = Receipt.refund("<o&1>", "c-1", BigDecimal.ONE, "\"it's\" <b>").orElseThrow();

        assertThat(refund.html()).isEqualTo("<p>Your order &lt;o&amp;1&gt; was cancelled (&quot;it&#39;s&quot; &lt;b&gt;).</p>\n"
                + "<p>Amount refunded: 1</p>\n");
    }

    @Test
    void theSubjectHasNoControlCharacters() {
        assertThat(Receipt.of("o-1\r\nBcc: x", "c-1", BigDecimal.ONE).orElseThrow().subject())
                .isEqualTo("Your receipt for order o-1Bcc: x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a@b", "a;b", "a,b", "a\nb", "a b", "-a", "a.b",
            "a1234567890123456789012345678901234567890123456789012345678901234"})
    void aCustomerIdThatIsNoPlainIdIsNeverMailed(String customerId) {
        assertThat(Receipt.of("o-1", customerId, BigDecimal.ONE)).isEmpty();
        assertThat(Receipt.refund("o-1", customerId, BigDecimal.ONE, "why")).isEmpty();
    }

    @Test
    void noCustomerIdIsNeverMailed() {
        assertThat(Receipt.of("o-1", null, BigDecimal.ONE)).isEmpty();
    }

    @Test
    void aMailSentAgainSaysSo() {
        Receipt receipt = Receipt.of("o-1", "c-1", BigDecimal.ONE).orElseThrow();

        assertThat(receipt.resent()).isEqualTo(new Receipt(receipt.to(), "Your receipt for order o-1 (sent again)",
                "<p>We may have sent you this mail already; it is the same one, nothing happened twice.</p>\n" + receipt.html()));
    }
}
