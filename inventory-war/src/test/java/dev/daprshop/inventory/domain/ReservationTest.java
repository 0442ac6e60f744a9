package dev.daprshop.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.daprshop.inventory.domain.Reservation.Line;
import dev.daprshop.inventory.domain.Reservation.Status;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** RESERVED ends CONFIRMED, EXPIRED or RELEASED; a CONFIRMED one can still be RELEASED; nothing else moves. */
class ReservationTest {

    private static final List<Line> LINES = List.of(new Line("a", 2, BigDecimal.TEN), new Line("b", 1, BigDecimal.ONE));

    private final Reservation reserved = Reservation.reserved("o-1", LINES);

    @Test
    void aReservedOneCanBeConfirmedExpiredOrReleased() {
        assertThat(reserved.confirm().status()).isEqualTo(Status.CONFIRMED);
        assertThat(reserved.expire().status()).isEqualTo(Status.EXPIRED);
        assertThat(reserved.release().status()).isEqualTo(Status.RELEASED);
        assertThat(reserved.confirm().lines()).isEqualTo(LINES);
    }

    @Test
    void aSaleCanBeReleasedAfterAll() {
        Reservation released = reserved.confirm().release();

        assertThat(released.status()).isEqualTo(Status.RELEASED);
        assertThat(released.lines()).isEqualTo(LINES);
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = "RESERVED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAReservedOneCanBeConfirmedOrExpired(Status status) {
        Reservation other = new Reservation("o-1", status, LINES, null);

        assertThatThrownBy(other::confirm).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(other::expire).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"RELEASED", "EXPIRED", "REJECTED", "NONE"})
    void onlyOneThatHoldsOrSoldCanBeReleased(Status status) {
        Reservation other = new Reservation("o-1", status, LINES, null);

        assertThat(other.holdsOrSold()).isFalse();
        assertThatThrownBy(other::release).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConfirmationWhereEveryLineWasSoldConfirms() {
        assertThat(reserved.afterConfirming(List.of(Settlement.SOLD, Settlement.SOLD)).status()).isEqualTo(Status.CONFIRMED);
    }

    @Test
    void aConfirmationWhereAHoldRanOutExpires() {
        assertThat(reserved.afterConfirming(List.of(Settlement.SOLD, Settlement.EXPIRED)).status()).isEqualTo(Status.EXPIRED);
        assertThat(reserved.afterConfirming(List.of(Settlement.RELEASED, Settlement.EXPIRED)).status()).isEqualTo(Status.EXPIRED);
    }

    @Test
    void aConfirmationWhereAHoldWasGivenBackReleases() {
        assertThat(reserved.afterConfirming(List.of(Settlement.SOLD, Settlement.RELEASED)).status()).isEqualTo(Status.RELEASED);
        assertThat(reserved.afterConfirming(List.of(Settlement.NONE, Settlement.SOLD)).status()).isEqualTo(Status.RELEASED);
    }

    @Test
    void aConfirmationOfOneNotReservedIsRefused() {
        assertThatThrownBy(() -> reserved.confirm().afterConfirming(List.of(Settlement.SOLD)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void answersThatHoldNothing() {
        assertThat(Reservation.rejected("o-1", "unknown product a")).satisfies(rejected -> {
            assertThat(rejected.status()).isEqualTo(Status.REJECTED);
            assertThat(rejected.lines()).isEmpty();
            assertThat(rejected.reason()).isEqualTo("unknown product a");
        });
        assertThat(Reservation.none("o-1").status()).isEqualTo(Status.NONE);
        assertThat(Reservation.releasedUnheld("o-1")).satisfies(released -> {
            assertThat(released.status()).isEqualTo(Status.RELEASED);
            assertThat(released.holdsOrSold()).isFalse();
        });
    }
}
