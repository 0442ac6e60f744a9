package dev.daprshop.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailingTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void theFirstClaimIsNoResend() {
        assertThat(Mailing.firstClaim("event-1", NOW).resend()).isFalse();
    }

    @Test
    void aClaimTakenAgainMayFollowAMailThatWentOut() {
        Mailing again = Mailing.firstClaim("event-1", NOW).claimedAgain("event-1", NOW.plusSeconds(1));
        assertThat(again.resend()).isTrue();
        assertThat(again.attempts()).isEqualTo(2);
    }

    @Test
    void aClaimGivenBackAfterARefusedSendDoesNotCount() {
        Mailing retried = Mailing.firstClaim("event-1", NOW).givenBack().claimedAgain("event-1", NOW.plusSeconds(1));
        assertThat(retried.resend()).isFalse();
    }

    @Test
    void aLiveClaimOfAnotherDeliveryIsLeftToIt() {
        Mailing claim = Mailing.firstClaim("event-1", NOW);
        assertThat(claim.heldByOtherThan("event-2", NOW.plus(Mailing.CLAIM_FOR).minusMillis(1))).isTrue();
        assertThat(claim.heldByOtherThan("event-2", NOW.plus(Mailing.CLAIM_FOR))).isFalse();
        assertThat(claim.heldByOtherThan("event-1", NOW)).isFalse();
    }

    @Test
    void aSentMailIsHeldByNobodyAndKeepsItsCount() {
        Mailing sent = Mailing.firstClaim("event-1", NOW).claimedAgain("event-2", NOW).completed();
        assertThat(sent.sent()).isTrue();
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.heldByOtherThan("event-3", NOW)).isFalse();
    }
}
