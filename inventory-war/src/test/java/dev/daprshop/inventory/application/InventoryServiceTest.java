package dev.daprshop.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.daprshop.dapr.telemetry.EventLog;
import dev.daprshop.inventory.domain.HoldOutcome;
import dev.daprshop.inventory.domain.Reservation;
import dev.daprshop.inventory.domain.Reservation.Line;
import dev.daprshop.inventory.domain.Settlement;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reservation's all-or-nothing rules, with the ports replaced by in-memory fakes. */
class InventoryServiceTest {

    private static final String ORDER = "order-1";

    private final FakeProductStocks stocks = new FakeProductStocks();
    private final FakeReservations reservations = new FakeReservations();
    private final FakeProductIndex products = new FakeProductIndex();
    private final InventoryService inventory = new InventoryService();

    @BeforeEach
    void wire() {
        inventory.stocks = stocks;
        inventory.reservations = reservations;
        inventory.products = products;
        inventory.events = new EventLog() {
            @Override
            public void info(String message) {
            }
        };
        inventory.metrics = new InventoryMetrics() {
            @Override
            public void held(Reservation reservation) {
            }

            @Override
            public void settled(Reservation reservation) {
            }
        };
        reservations.saved.put(ORDER, Reservation.reserved(ORDER, List.of(line("a", 2), line("b", 1))));
    }

    @Test
    void settingStockListsTheProductOnce() {
        inventory.setStock("a", 5, BigDecimal.ONE).toCompletableFuture().join();
        inventory.setStock("a", 7, BigDecimal.ONE).toCompletableFuture().join();

        assertThat(products.index.productIds()).containsExactly("a");
        assertThat(products.writes).isEqualTo(1);
        assertThat(stocks.stock("a").toCompletableFuture().join()).map(stock -> stock.available()).contains(7);
    }

    @Test
    void aReservationHoldsEveryLineAtItsPrice() {
        reservations.saved.clear();
        stocks.prices.put("a", BigDecimal.TEN);
        stocks.prices.put("b", BigDecimal.ONE);

        Reservation reserved = inventory.reserve(ORDER, ordered("a", 2, "b", 1)).toCompletableFuture().join();

        assertThat(reserved.status()).isEqualTo(Reservation.Status.RESERVED);
        assertThat(reserved.lines()).containsExactly(new Line("a", 2, BigDecimal.TEN), new Line("b", 1, BigDecimal.ONE));
        assertThat(reservations.saved.get(ORDER)).isEqualTo(reserved);
    }

    @Test
    void aLineThatCannotBeHeldGivesBackTheLinesAlreadyHeld() {
        reservations.saved.clear();
        stocks.holdAnswers.put("b", HoldOutcome.Status.NOT_ENOUGH_STOCK);

        Reservation refused = inventory.reserve(ORDER, ordered("a", 2, "b", 1)).toCompletableFuture().join();

        assertThat(refused.status()).isEqualTo(Reservation.Status.REJECTED);
        assertThat(refused.reason()).isEqualTo("not enough stock of b");
        assertThat(stocks.released).containsExactly("a:2");
        assertThat(reservations.saved).doesNotContainKey(ORDER);
    }

    @Test
    void aRepeatedReservationFindsTheFirst() {
        Reservation again = inventory.reserve(ORDER, Map.of("c", 1)).toCompletableFuture().join();

        assertThat(again.lines()).extracting(Line::productId).containsExactly("a", "b");
        assertThat(stocks.held).isEmpty();
    }

    @Test
    void confirmSellsEveryLine() {
        Optional<Reservation> confirmed = inventory.confirm(ORDER).toCompletableFuture().join();

        assertThat(confirmed).map(Reservation::status).contains(Reservation.Status.CONFIRMED);
        assertThat(reservations.saved.get(ORDER).status()).isEqualTo(Reservation.Status.CONFIRMED);
        assertThat(stocks.released).isEmpty();
    }

    @Test
    void aHoldThatRanOutTakesBackTheLinesAlreadySold() {
        stocks.confirmAnswers.put("b", Settlement.EXPIRED);

        Optional<Reservation> confirmed = inventory.confirm(ORDER).toCompletableFuture().join();

        assertThat(confirmed).map(Reservation::status).contains(Reservation.Status.EXPIRED);
        assertThat(stocks.released).containsExactly("a:2", "b:1");
    }

    @Test
    void confirmingASettledReservationChangesNothing() {
        reservations.saved.put(ORDER, reservations.saved.get(ORDER).release());

        Optional<Reservation> confirmed = inventory.confirm(ORDER).toCompletableFuture().join();

        assertThat(confirmed).map(Reservation::status).contains(Reservation.Status.RELEASED);
        assertThat(stocks.confirmed).isEmpty();
    }

    @Test
    void confirmingWhatWasNeverReservedFindsNothing() {
        reservations.saved.clear();

        assertThat(inventory.confirm(ORDER).toCompletableFuture().join()).isEmpty();
    }

    @Test
    void releaseOfASaleTakesItBack() {
        reservations.saved.put(ORDER, reservations.saved.get(ORDER).confirm());

        Reservation released = inventory.release(ORDER, Map.of()).toCompletableFuture().join();

        assertThat(released.status()).isEqualTo(Reservation.Status.RELEASED);
        assertThat(stocks.released).containsExactly("a:2", "b:1");
    }

    @Test
    void releaseBeforeAnyHoldLeavesAReleasedReservationThatALateRequestFinds() {
        reservations.saved.clear();

        inventory.release(ORDER, Map.of()).toCompletableFuture().join();
        Reservation late = inventory.reserve(ORDER, Map.of("a", 1)).toCompletableFuture().join();

        assertThat(late.status()).isEqualTo(Reservation.Status.RELEASED);
        assertThat(stocks.held).isEmpty();
    }

    @Test
    void releaseOfAHoldNeverRecordedReleasesTheOrdersLines() {
        reservations.saved.clear();

        Reservation released = inventory.release(ORDER, Map.of("a", 2)).toCompletableFuture().join();

        assertThat(released.status()).isEqualTo(Reservation.Status.RELEASED);
        assertThat(stocks.released).containsExactly("a:2");
    }

    @Test
    void releasingTwiceGivesBackOnce() {
        inventory.release(ORDER, Map.of()).toCompletableFuture().join();
        inventory.release(ORDER, Map.of()).toCompletableFuture().join();

        assertThat(stocks.released).containsExactly("a:2", "b:1");
    }

    private static Line line(String productId, int quantity) {
        return new Line(productId, quantity, BigDecimal.TEN);
    }

    /** Lines in the order given (the order they are held in). */
    private static Map<String, Integer> ordered(String first, int firstQuantity, String second, int secondQuantity) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        lines.put(first, firstQuantity);
        lines.put(second, secondQuantity);
        return lines;
    }
}
