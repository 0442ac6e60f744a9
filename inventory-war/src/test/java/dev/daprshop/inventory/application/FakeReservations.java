package dev.daprshop.inventory.application;

import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.inventory.domain.Reservation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Reservations in memory, by order id; no concurrent writers, so versions are never checked. */
class FakeReservations implements ReservationRepository {

    final Map<String, Reservation> saved = new HashMap<>();

    @Override
    public CompletionStage<Optional<Versioned<Reservation>>> find(String orderId) {
        return CompletableFuture.completedStage(Optional.ofNullable(saved.get(orderId)).map(found -> new Versioned<>(found, "1")));
    }

    @Override
    public CompletionStage<Void> save(Versioned<Reservation> reservation) {
        saved.put(reservation.value().orderId(), reservation.value());
        return CompletableFuture.completedStage(null);
    }
}
