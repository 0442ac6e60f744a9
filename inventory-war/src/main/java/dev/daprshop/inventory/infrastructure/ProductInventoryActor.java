package dev.daprshop.inventory.infrastructure;

import dev.daprshop.inventory.domain.HoldOutcome;
import dev.daprshop.inventory.domain.HoldOutcome.Status;
import dev.daprshop.inventory.domain.Settlement;
import dev.daprshop.inventory.domain.Stock;
import dev.daprshop.inventory.domain.StockLevel;
import io.dapr.actors.ActorId;
import io.dapr.actors.ActorType;
import io.dapr.actors.runtime.AbstractActor;
import io.dapr.actors.runtime.ActorRuntimeContext;
import io.dapr.actors.runtime.Remindable;
import io.dapr.utils.TypeRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import reactor.core.publisher.Mono;

/**
 * {@link InventoryActor}: the product's {@link Stock} under actor state key {@code stock}, and how
 * each order's hold ended under {@code order-<orderId>} (so a late or repeated call gets the same
 * answer). A method that changes the stock saves its keys in one transaction and then the product's
 * {@link StockLevel} for the stock report ({@link StockLevels}): the level follows the stock, never
 * runs ahead of it.
 *
 * <p>One reminder per product, {@value #HOLDS_EXPIRY}, gives back the units of holds nobody settled
 * in time: it is registered with the first hold of an activation and runs every fifth of the hold
 * time while anything is held, then unregisters itself. (A reminder per hold would be a scheduler
 * job created and deleted for every order.) Whether it is registered is remembered in this
 * instance only: a new activation registers it again with its first hold, which is harmless.
 *
 * <p>Each method's work runs synchronously when the SDK subscribes to it, on the thread of daprd's
 * call: an actor turn is short and serialized by daprd anyway, and staying on that thread keeps
 * the state calls in the call's trace.
 */
@ActorType(name = InventoryActor.TYPE)
public class ProductInventoryActor extends AbstractActor implements InventoryActor, Remindable<String> {

    private static final String STOCK = "stock";
    static final String HOLDS_EXPIRY = "holds-expiry";
    /** The reminder of one hold, as holds were given back before {@link #HOLDS_EXPIRY}: some may still be registered. */
    private static final String EXPIRE = "expire-";
    private static final Duration SHORTEST_SWEEP = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(ProductInventoryActor.class.getName());

    /** How long units stay held for an order that is neither confirmed nor released (read at each hold). */
    private final Supplier<Duration> reservationHold;
    private final StockLevels levels;
    /** Whether this activation registered {@link #HOLDS_EXPIRY} (turns are serial: no lock). */
    private boolean expiryRegistered;

    public ProductInventoryActor(ActorRuntimeContext<ProductInventoryActor> context, ActorId id,
                                 Supplier<Duration> reservationHold, StockLevels levels) {
        super(context, id);
        this.reservationHold = reservationHold;
        this.levels = levels;
    }

    @Override
    public Mono<Stock> stock() {
        return Mono.fromCallable(() -> current().orElse(null));
    }

    @Override
    public Mono<Stock> restock(Restock restock) {
        return Mono.fromCallable(() -> set(restock));
    }

    @Override
    public Mono<HoldOutcome> reserve(Hold hold) {
        return Mono.fromCallable(() -> hold(hold));
    }

    @Override
    public Mono<Settlement> confirm(String orderId) {
        return Mono.fromCallable(() -> settle(orderId, Settlement.SOLD));
    }

    @Override
    public Mono<Settlement> release(Hold hold) {
        return Mono.fromCallable(() -> {
            Settlement end = settle(hold.orderId(), Settlement.RELEASED);
            if (end == Settlement.NONE && current().isPresent()) {
                return releasedBeforeHeld(hold.orderId());
            }
            return end == Settlement.SOLD ? takeBack(hold) : end;
        });
    }

    /**
     * An order released before this product held anything for it: remembered, so that a hold
     * request for it still on its way (a retry the release overtook) is refused instead of holding
     * units nobody will release before the reminder.
     */
    private Settlement releasedBeforeHeld(String orderId) {
        getActorStateManager().set(orderKey(orderId), Settlement.RELEASED).block();
        saveState().block();
        return Settlement.RELEASED;
    }

    private Stock set(Restock restock) {
        Stock stock = current()
                .map(existing -> existing.restock(restock.available(), restock.unitPrice()))
                .orElseGet(() -> Stock.of(getId().toString(), restock.available(), restock.unitPrice()));
        save(stock);
        commit(stock);
        return stock;
    }

    private HoldOutcome hold(Hold hold) {
        Optional<Stock> found = current();
        if (found.isEmpty()) {
            return new HoldOutcome(Status.UNKNOWN_PRODUCT, null);
        }
        Stock stock = found.get();
        if (stock.holdsFor(hold.orderId())) {
            return new HoldOutcome(Status.HELD, stock.unitPrice());
        }
        if (settlement(hold.orderId()) != Settlement.NONE) {
            return new HoldOutcome(Status.SETTLED, stock.unitPrice());
        }
        if (!stock.canHold(hold.quantity())) {
            return new HoldOutcome(Status.NOT_ENOUGH_STOCK, stock.unitPrice());
        }
        Duration holdFor = reservationHold.get();
        Stock held = stock.hold(hold.orderId(), hold.quantity(), Instant.now().plus(holdFor));
        save(held);
        if (!expiryRegistered) {
            // Before the hold is saved: a hold is never saved without the reminder that ends it.
            Duration every = sweepInterval(holdFor);
            registerReminder(HOLDS_EXPIRY, "", holdFor, every).block();
            expiryRegistered = true;
        }
        commit(held);
        return new HoldOutcome(Status.HELD, stock.unitPrice());
    }

    /** A fifth of the hold time: a hold lasts at most a fifth longer than it should. */
    private static Duration sweepInterval(Duration holdFor) {
        Duration fifth = holdFor.dividedBy(5);
        return fifth.compareTo(SHORTEST_SWEEP) < 0 ? SHORTEST_SWEEP : fifth;
    }

    @Override
    public Mono<Void> receiveReminder(String reminder, String orderId, Duration dueTime, Duration period) {
        return Mono.fromRunnable(() -> {
            if (reminder.equals(HOLDS_EXPIRY)) {
                expireHolds();
            } else if (reminder.startsWith(EXPIRE)) {
                settle(orderId, Settlement.EXPIRED);
                unregisterReminder(reminder).block();
            }
        });
    }

    /**
     * The holds nobody settled in time: their units are free to sell again, all in one turn. With
     * no hold left that ends, the reminder goes until the next hold.
     */
    private void expireHolds() {
        Optional<Stock> found = current();
        if (found.isPresent()) {
            Stock stock = found.get();
            List<String> expired = stock.expiredHolds(Instant.now());
            for (String orderId : expired) {
                stock = stock.release(orderId);
                getActorStateManager().set(orderKey(orderId), Settlement.EXPIRED).block();
            }
            if (!expired.isEmpty()) {
                LOG.info(() -> "holds of " + expired.size() + " order(s) for " + getId() + " ran out: units given back");
                save(stock);
                commit(stock);
            }
            if (stock.hasHoldsThatEnd()) {
                expiryRegistered = true;   // it just ran, in what may be a new activation
                return;
            }
        }
        unregisterReminder(HOLDS_EXPIRY).block();
        expiryRegistered = false;
    }

    @Override
    public TypeRef<String> getStateType() {
        return TypeRef.STRING;
    }

    private Settlement settle(String orderId, Settlement end) {
        Optional<Stock> stock = current();
        if (stock.isEmpty() || !stock.get().holdsFor(orderId)) {
            return settlement(orderId);
        }
        Stock settled = end == Settlement.SOLD ? stock.get().sell(orderId) : stock.get().release(orderId);
        save(settled);
        getActorStateManager().set(orderKey(orderId), end).block();
        commit(settled);
        return end;
    }

    /** The order's sale is undone: its units are free to sell again, once. */
    private Settlement takeBack(Hold hold) {
        Stock stock = current().orElseThrow(() -> new IllegalStateException("sold units of an unknown product"));
        Stock returned = stock.takeBack(hold.quantity());
        save(returned);
        getActorStateManager().set(orderKey(hold.orderId()), Settlement.RETURNED).block();
        commit(returned);
        return Settlement.RETURNED;
    }

    /**
     * Saves this turn's state now (the SDK would after the method) and then the level. A level that
     * cannot be written is only logged: the change itself is saved, and the product's next change
     * writes its level again.
     */
    private void commit(Stock stock) {
        saveState().block();
        levels.save(StockLevel.of(stock)).exceptionally(failure -> {
            LOG.log(Level.WARNING, "stock level of " + stock.productId() + " not written: the report shows the old one",
                    failure);
            return null;
        }).toCompletableFuture().join();
    }

    private Optional<Stock> current() {
        return stateOf(STOCK, Stock.class).blockOptional();
    }

    private void save(Stock stock) {
        getActorStateManager().set(STOCK, stock).block();
    }

    private Settlement settlement(String orderId) {
        return stateOf(orderKey(orderId), Settlement.class).defaultIfEmpty(Settlement.NONE).block();
    }

    /**
     * One key of this actor's state, empty when it holds nothing: one sidecar call. (The SDK drops
     * its cache before every turn, so "contains, then get" would read the key twice.)
     */
    private <T> Mono<T> stateOf(String key, Class<T> type) {
        return getActorStateManager().get(key, type).onErrorResume(NoSuchElementException.class, missing -> Mono.empty());
    }

    private static String orderKey(String orderId) {
        return "order-" + orderId;
    }
}
