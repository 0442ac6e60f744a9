package dev.daprshop.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Units are never lost or made up: available + reserved + units sold is what was stocked. */
class StockTest {

    private static final BigDecimal PRICE = new BigDecimal("9.99");

    private final Stock stock = Stock.of("p-1", 10, PRICE);

    @Test
    void aHoldMovesUnitsFromAvailableToReserved() {
        Stock held = stock.hold("o-1", 3);

        assertThat(held.available()).isEqualTo(7);
        assertThat(held.reserved()).isEqualTo(3);
        assertThat(held.holdsFor("o-1")).isTrue();
    }

    @Test
    void holdingAgainForTheSameOrderChangesNothing() {
        Stock held = stock.hold("o-1", 3);

        assertThat(held.hold("o-1", 5)).isSameAs(held);
    }

    @Test
    void cannotHoldMoreThanIsAvailable() {
        assertThat(stock.canHold(10)).isTrue();
        assertThat(stock.canHold(11)).isFalse();
        assertThatThrownBy(() -> stock.hold("o-1", 11)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReleaseFreesTheOrdersUnits() {
        Stock released = stock.hold("o-1", 3).hold("o-2", 2).release("o-1");

        assertThat(released.available()).isEqualTo(8);
        assertThat(released.holds()).containsExactly(Map.entry("o-2", 2));
    }

    @Test
    void releasingWhatIsNotHeldChangesNothing() {
        assertThat(stock.release("o-1")).isSameAs(stock);
    }

    @Test
    void aSaleTakesTheHeldUnitsOutOfTheStock() {
        Stock sold = stock.hold("o-1", 3).sell("o-1");

        assertThat(sold.available()).isEqualTo(7);
        assertThat(sold.reserved()).isZero();
        assertThat(sold.holdsFor("o-1")).isFalse();
        assertThat(sold.sell("o-1")).isSameAs(sold);
    }

    @Test
    void aSaleTakenBackReturnsItsUnits() {
        Stock returned = stock.hold("o-1", 3).sell("o-1").takeBack(3);

        assertThat(returned.available()).isEqualTo(10);
        assertThatThrownBy(() -> returned.takeBack(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRestockSetsAvailableAndPriceAndKeepsTheHolds() {
        Stock restocked = stock.hold("o-1", 3).restock(50, BigDecimal.ONE);

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
        Stock copied = new Stock("p-1", 0, holds, PRICE);
        holds.put("o-2", 2);

        assertThat(copied.holds()).containsOnlyKeys("o-1");
        assertThat(new Stock("p-1", 0, null, PRICE).holds()).isEmpty();
    }
}
