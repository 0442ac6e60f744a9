package dev.daprshop.inventory.application;

import dev.daprshop.dapr.state.Versioned;
import dev.daprshop.inventory.domain.Reservation;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Port: each order's {@link Reservation}, versioned. A save carries the version it was read with
 * ({@link Versioned#fresh} creates), so a concurrent change makes it fail (an ETag mismatch) instead
 * of being overwritten: {@link dev.daprshop.dapr.state.OptimisticRetry} then runs the caller's
 * read-modify-write again. (Confirming and releasing call the products' stocks between the read and
 * the write, so they cannot be one synchronous update.)
 */
public interface ReservationRepository {

    /** The order's reservation with its version; empty when none is recorded. */
    CompletionStage<Optional<Versioned<Reservation>>> find(String orderId);

    /** Writes the reservation against the version it was read with. */
    CompletionStage<Void> save(Versioned<Reservation> reservation);
}
