package dev.daprshop.payment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.payment.domain.Mailing;
import dev.daprshop.payment.domain.Receipt;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReceiptServiceTest {

    private static final String KEY = "receipt-mail-o-1";

    private final InMemoryMailClaims claims = new InMemoryMailClaims();
    private final SentMails mails = new SentMails();
    private final ReceiptService service = new ReceiptService();
    private final Receipt receipt = Receipt.of("o-1", "c-1", BigDecimal.TEN).orElseThrow();

    @BeforeEach
    void wire() {
        service.claims = claims;
        service.mailer = mails;
    }

    @Test
    void anApprovedPaymentGetsItsReceiptOnce() {
        done(service.paymentApproved("event-1", "o-1", "c-1", BigDecimal.TEN));
        done(service.paymentApproved("event-1", "o-1", "c-1", BigDecimal.TEN));
        done(service.paymentApproved("event-2", "o-1", "c-1", BigDecimal.TEN));

        assertThat(mails.sent).containsExactly(receipt);
        assertThat(claims.mailing(KEY).sent()).isTrue();
        assertThat(claims.mailing(KEY).attempts()).isEqualTo(1);
    }

    @Test
    void aRefundedPaymentGetsItsNoticeOnceUnderItsOwnKey() {
        done(service.paymentRefunded("event-1", "o-1", "c-1", BigDecimal.TEN, "why"));
        done(service.paymentRefunded("event-2", "o-1", "c-1", BigDecimal.TEN, "why"));

        assertThat(mails.sent).containsExactly(Receipt.refund("o-1", "c-1", BigDecimal.TEN, "why").orElseThrow());
        assertThat(claims.mailing("refund-mail-o-1").sent()).isTrue();
    }

    @Test
    void aCustomerIdThatIsNoPlainIdGetsNoMailAndNoRecord() {
        done(service.paymentApproved("event-1", "o-1", "a@b", BigDecimal.TEN));

        assertThat(mails.sent).isEmpty();
        assertThat(claims.stored).isEmpty();
    }

    @Test
    void aLiveClaimOfAnotherDeliveryIsLeftToIt() {
        claims.stored.put(KEY, new Versioned<>(Mailing.firstClaim("event-1", Instant.now()), "1"));

        done(service.paymentApproved("event-2", "o-1", "c-1", BigDecimal.TEN));

        assertThat(mails.sent).isEmpty();
        assertThat(claims.mailing(KEY).sent()).isFalse();
    }

    @Test
    void aDeliveryThatLosesTheClaimSendsNothing() {
        claims.claimedFirstByAnother = Mailing.firstClaim("event-1", Instant.now());

        done(service.paymentApproved("event-2", "o-1", "c-1", BigDecimal.TEN));

        assertThat(mails.sent).isEmpty();
        assertThat(claims.mailing(KEY).claimedBy()).isEqualTo("event-1");
    }

    @Test
    void aRefusedSendFailsTheDeliveryAndItsRetryIsAPlainReceipt() {
        mails.failNext = new IllegalStateException("mail server refused");

        assertThatThrownBy(() -> done(service.paymentApproved("event-1", "o-1", "c-1", BigDecimal.TEN)))
                .hasRootCauseMessage("mail server refused");
        assertThat(claims.mailing(KEY).attempts()).isZero();

        done(service.paymentApproved("event-1", "o-1", "c-1", BigDecimal.TEN));

        assertThat(mails.sent).containsExactly(receipt);
        assertThat(claims.mailing(KEY).sent()).isTrue();
    }

    @Test
    void aSendThatTimedOutMayHaveGoneOutSoItsRetrySaysSentAgain() {
        mails.failNext = new TimeoutException("no answer");

        assertThatThrownBy(() -> done(service.paymentApproved("event-1", "o-1", "c-1", BigDecimal.TEN)))
                .hasRootCauseInstanceOf(TimeoutException.class);
        assertThat(claims.mailing(KEY).attempts()).isEqualTo(1);

        done(service.paymentApproved("event-1", "o-1", "c-1", BigDecimal.TEN));

        assertThat(mails.sent).containsExactly(receipt.resent());
        assertThat(claims.mailing(KEY).attempts()).isEqualTo(2);
    }

    private static <T> T done(CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }
}
