package dev.daprshop.order.application;

import dev.daprshop.order.domain.OrderLine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** inventory-service as scripted: what it answers to a reservation and a confirmation; releases are recorded. */
public final class FakeInventory implements Inventory {

    /** One release: the order and the lines that went along. */
    public record Release(String orderId, List<OrderLine> items) {
    }

    private Reservation reservation = Reservation.refused("not scripted");
    private boolean sold = true;
    private final List<Release> releases = new ArrayList<>();

    public FakeInventory answering(Reservation answer) {
        this.reservation = answer;
        return this;
    }

    public FakeInventory selling(boolean confirmed) {
        this.sold = confirmed;
        return this;
    }

    public List<Release> releases() {
        return releases;
    }

    @Override
    public CompletionStage<Reservation> reserve(String orderId, List<OrderLine> items) {
        return CompletableFuture.completedStage(reservation);
    }

    @Override
    public CompletionStage<Boolean> confirm(String orderId) {
        return CompletableFuture.completedStage(sold);
    }

    @Override
    public CompletionStage<Void> release(String orderId, List<OrderLine> items) {
        releases.add(new Release(orderId, items));
        return CompletableFuture.completedStage(null);
    }
}
