package dev.daprshop.order.application;

import dev.daprshop.dapr.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Admission control: the orders this instance accepted whose placement (hold the stock, save,
 * announce) has not finished yet, the work a burst piles up. Past {@code order.max-in-flight} a new
 * order is refused at once (503, retry later) instead of joining a backlog that makes every order
 * slow: by Little's law, at the ~30 orders/s this machine sustains, 64 in flight keep a placement
 * around two seconds. An order waiting for its payment does not count: a payment outage makes
 * orders wait, not the shop refuse them. The set starts empty when the application does.
 */
@ApplicationScoped
public class OrdersInFlight {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final Set<String> placing = ConcurrentHashMap.newKeySet();

    /** Counts the order in: false (nothing counted) when {@code limit} are being placed already. */
    public boolean admit(String orderId, int limit) {
        synchronized (placing) {
            if (placing.size() >= limit && !placing.contains(orderId)) {
                return false;
            }
            placing.add(orderId);
            return true;
        }
    }

    /** The answer to an order that was not admitted. */
    public static ProblemException busy() {
        return ProblemException.unavailable("too many orders in progress; nothing was done, try again shortly", RETRY_AFTER);
    }

    /** The order's placement is over (placed, refused, ended, or it was no new order after all). */
    public void placed(String orderId) {
        placing.remove(orderId);
    }
}
