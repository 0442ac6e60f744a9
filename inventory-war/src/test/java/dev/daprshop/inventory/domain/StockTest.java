package dev.daprshop.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Units are never lost or made up: available + reserved + units sold is what was stocked. */
class StockTest {

    private static final BigDecimal PRICE = new BigDecimal("9.99");
    private static final Instant UNTIL = Instant.parse("2026-01-01T00:05:00Z");

    private final Stock stock = Stock.of("p-1", 10, PRICE);

    @Test
    void aHoldMovesUnitsFromAvailableToReserved() {
        Stock held = stock.hold("o-1", 3, UNTIL);

        assertThat(held.available()).isEqualTo(7);
        assertThat(held.reserved()).isEqualTo(3);
        assertThat(held.holdsFor("o-1")).isTrue();
    }

    @Test
    void holdingAgainForTheSameOrderChangesNothing() {
        Stock held = stock.hold("o-1", 3, UNTIL);

        assertThat(held.hold("o-1", 5, UNTIL)).isSameAs(held);
    }

    @Test
    void cannotHoldMoreThanIsAvailable() {
        assertThat(stock.canHold(10)).isTrue();
        assertThat(stock.canHold(11)).isFalse();
        assertThatThrownBy(() -> stock.hold("o-1", 11, UNTIL)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReleaseFreesTheOrdersUnits() {
        Stock released = stock.hold("o-1", 3, UNTIL).hold("o-2", 2, UNTIL).release("o-1");

        assertThat(released.available()).isEqualTo(8);
        assertThat(released.holds()).containsExactly(Map.entry("o-2", 2));
    }

    @Test
    void releasingWhatIsNotHeldChangesNothing() {
        assertThat(stock.release("o-1")).isSameAs(stock);
    }

    @Test
    void aSaleTakesTheHeldUnitsOutOfTheStock() {
        Stock sold = stock.hold("o-1", 3, UNTIL).sell("o-1");

        assertThat(sold.available()).isEqualTo(7);
        assertThat(sold.reserved()).isZero();
        assertThat(sold.holdsFor("o-1")).isFalse();
        assertThat(sold.sell("o-1")).isSameAs(sold);
    }

    @Test
    void aSaleTakenBackReturnsItsUnits() {
        Stock returned = stock.hold("o-1", 3, UNTIL).sell("o-1").takeBack(3);

        assertThat(returned.available()).isEqualTo(10);
        assertThatThrownBy(() -> returned.takeBack(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRestockSetsAvailableAndPriceAndKeepsTheHolds() {
        Stock restocked = stock.hold("o-1", 3, UNTIL).restock(50, BigDecimal.ONE);

        assertThat(restocked.available()).isEqualTo(50);
        assertThat(restocked.unitPrice()).isEqualTo(BigDecimal.ONE);
        assertThat(restocked.holds()).containsExactly(Map.entry("o-1", 3));
    }

    @Test
    void availableCannotBeNegative() {
        assertThatThrownBy(() -> Stock.of("p-1", -1, PRICE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stock.restock(-1, PRICE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void holdsAreCopiedAndMissingOnesAreNone() {
        Map<String, Integer> holds = new HashMap<>(Map.of("o-1", 1));
        Stock copied = new Stock("p-1", 0, holds, null, PRICE);
        holds.put("o-2", 2);

        assertThat(copied.holds()).containsOnlyKeys("o-1");
        assertThat(new Stock("p-1", 0, null, null, PRICE).holds()).isEmpty();
        assertThat(copied.hasHoldsThatEnd()).as("a hold written before holds had an end").isFalse();
    }

    @Test
    void aHoldEndsAtItsTimeAndNotBefore() {
        Stock held = stock.hold("o-1", 3, UNTIL).hold("o-2", 2, UNTIL.plusSeconds(60));

        assertThat(held.expiredHolds(UNTIL)).isEmpty();
        assertThat(held.expiredHolds(UNTIL.plusMillis(1))).containsExactly("o-1");
        assertThat(held.expiredHolds(UNTIL.plusSeconds(61))).containsExactly("o-1", "o-2");
        assertThat(held.hasHoldsThatEnd()).isTrue();
    }

    @Test
    void aSettledHoldNoLongerEnds() {
        Stock settled = stock.hold("o-1", 3, UNTIL).hold("o-2", 2, UNTIL).sell("o-1").release("o-2");

        assertThat(settled.expiredHolds(UNTIL.plusSeconds(1))).isEmpty();
        assertThat(settled.hasHoldsThatEnd()).isFalse();
        assertThat(settled.available()).isEqualTo(10 - 3);
    }

    @Test
    void anEndNeedsItsHold() {
        assertThatThrownBy(() -> new Stock("p-1", 0, Map.of(), Map.of("o-1", 1L), PRICE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
