package dev.daprshop.dapr.pubsub;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The answer to daprd for one delivered event: {@code SUCCESS} acknowledges it, {@code RETRY}
 * asks for it again (the pub/sub's Resiliency policy), {@code DROP} gives up on it (daprd sends
 * it to the subscription's dead-letter topic).
 */
public record Delivery(String status) {

    public static final Delivery SUCCESS = new Delivery("SUCCESS");
    public static final Delivery RETRY = new Delivery("RETRY");
    public static final Delivery DROP = new Delivery("DROP");

    /** An event that cannot be read: retrying would not help, so it goes to the dead-letter topic. */
    public static CompletionStage<Delivery> unreadable(Logger log, String what) {
        log.warning(() -> "unreadable " + what + ": dead-lettered");
        return CompletableFuture.completedStage(DROP);
    }

    /** SUCCESS once the work is done; RETRY (logged) when it failed. */
    public static CompletionStage<Delivery> after(CompletionStage<?> work, Logger log, String what) {
        return work.thenApply(done -> SUCCESS).exceptionally(failure -> {
            log.log(Level.WARNING, what + " failed: retry", failure);
            return RETRY;
        });
    }
}
