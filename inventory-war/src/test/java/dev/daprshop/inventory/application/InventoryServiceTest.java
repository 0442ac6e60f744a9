package dev.daprshop.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.dapr.telemetry.EventLog;
import dev.daprshop.inventory.application.InventoryActor.Hold;
import dev.daprshop.inventory.domain.HoldOutcome;
import dev.daprshop.inventory.domain.Reservation;
import dev.daprshop.inventory.domain.Reservation.Line;
import dev.daprshop.inventory.domain.Settlement;
import dev.daprshop.inventory.infrastructure.InventoryActors;
import dev.daprshop.inventory.infrastructure.InventoryStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reservation's all-or-nothing rules, with the actors and the store replaced by in-memory fakes. */
class InventoryServiceTest {

    private static final String ORDER = "order-1";

    private final FakeActors actors = new FakeActors();
    private final FakeStore store = new FakeStore();
    private final InventoryService inventory = new InventoryService();

    @BeforeEach
    void wire() {
        inventory.actors = actors;
        inventory.store = store;
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
        store.saved.put(ORDER, Reservation.reserved(ORDER, List.of(line("a", 2), line("b", 1))));
    }

    @Test
    void confirmSellsEveryLine() {
        Optional<Reservation> confirmed = inventory.confirm(ORDER).toCompletableFuture().join();

        assertThat(confirmed).map(Reservation::status).contains(Reservation.Status.CONFIRMED);
        assertThat(actors.released).isEmpty();
    }

    @Test
    void aHoldThatRanOutTakesBackTheLinesAlreadySold() {
        actors.confirmAnswers.put("b", Settlement.EXPIRED);

        Optional<Reservation> confirmed = inventory.confirm(ORDER).toCompletableFuture().join();

        assertThat(confirmed).map(Reservation::status).contains(Reservation.Status.EXPIRED);
        assertThat(actors.released).containsExactly("a:2", "b:1");
    }

    @Test
    void releaseOfASaleTakesItBack() {
        store.saved.put(ORDER, store.saved.get(ORDER).confirm());

        Reservation released = inventory.release(ORDER, Map.of()).toCompletableFuture().join();

        assertThat(released.status()).isEqualTo(Reservation.Status.RELEASED);
        assertThat(actors.released).containsExactly("a:2", "b:1");
    }

    @Test
    void releaseBeforeAnyHoldLeavesAReleasedReservationThatALateRequestFinds() {
        store.saved.clear();

        inventory.release(ORDER, Map.of()).toCompletableFuture().join();
        Reservation late = inventory.reserve(ORDER, Map.of("a", 1)).toCompletableFuture().join();

        assertThat(late.status()).isEqualTo(Reservation.Status.RELEASED);
        assertThat(actors.reserved).isEmpty();
    }

    @Test
    void releaseOfAHoldNeverRecordedReleasesTheOrdersLines() {
        store.saved.clear();

        Reservation released = inventory.release(ORDER, Map.of("a", 2)).toCompletableFuture().join();

        assertThat(released.status()).isEqualTo(Reservation.Status.RELEASED);
        assertThat(actors.released).containsExactly("a:2");
    }

    @Test
    void releasingTwiceGivesBackOnce() {
        inventory.release(ORDER, Map.of()).toCompletableFuture().join();
        inventory.release(ORDER, Map.of()).toCompletableFuture().join();

        assertThat(actors.released).containsExactly("a:2", "b:1");
    }

    private static Line line(String productId, int quantity) {
        return new Line(productId, quantity, BigDecimal.TEN);
    }

    static class FakeActors extends InventoryActors {
        final Map<String, Settlement> confirmAnswers = new HashMap<>();
        final List<String> released = new ArrayList<>();
        final List<String> reserved = new ArrayList<>();

        @Override
        public CompletionStage<Settlement> confirm(String productId, String orderId) {
            return CompletableFuture.completedStage(confirmAnswers.getOrDefault(productId, Settlement.SOLD));
        }

        @Override
        public CompletionStage<Settlement> release(String productId, Hold hold) {
            released.add(productId + ":" + hold.quantity());
            return CompletableFuture.completedStage(Settlement.RELEASED);
        }

        @Override
        public CompletionStage<HoldOutcome> reserve(String productId, Hold hold) {
            reserved.add(productId);
            return CompletableFuture.completedStage(new HoldOutcome(HoldOutcome.Status.HELD, BigDecimal.ONE));
        }
    }

    static class FakeStore extends InventoryStore {
        final Map<String, Reservation> saved = new HashMap<>();

        @Override
        public CompletionStage<Optional<Versioned<Reservation>>> reservation(String orderId) {
            return CompletableFuture.completedStage(Optional.ofNullable(saved.get(orderId)).map(r -> new Versioned<>(r, "1")));
        }

        @Override
        public CompletionStage<Void> saveReservation(Versioned<Reservation> reservation) {
            saved.put(reservation.value().orderId(), reservation.value());
            return CompletableFuture.completedStage(null);
        }
    }
}
