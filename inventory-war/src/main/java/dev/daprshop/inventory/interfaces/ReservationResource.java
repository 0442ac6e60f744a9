package dev.daprshop.inventory.interfaces;

import dev.daprshop.dapr.input.Ids;
import dev.daprshop.dapr.input.JsonFields;
import dev.daprshop.dapr.problem.ProblemException;
import dev.daprshop.dapr.security.FromSidecar;
import dev.daprshop.inventory.application.InventoryService;
import dev.daprshop.inventory.domain.Reservation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Reservations of stock for orders, called by order-service through Dapr service invocation:
 * {@code POST /reservations} holds units, {@code POST /reservations/{orderId}/confirmation} sells
 * them (all lines or none), {@code POST /reservations/{orderId}/release} (with the order's lines)
 * or {@code DELETE /reservations/{orderId}} gives back what the order holds or bought. All
 * idempotent by order id.
 *
 * <p>Every refusal is an answer with 200: {@code REJECTED} with the reason, or {@code NONE} when
 * nothing was held for the order. daprd counts any other status as a failure of inventory-service
 * (for its retries and its circuit breaker), so one client's unknown product must not look like an
 * outage to every other client. A 400 here means order-service sent what it validates itself
 * (same {@link Ids} and limits): a bug, not a customer's mistake.
 */
@FromSidecar
@Path("/reservations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReservationResource {

    /** As many lines as order-service accepts, units per line as stock can hold. */
    private static final int MAX_LINES = 50;

    @Inject
    InventoryService inventory;

    @POST
    public CompletionStage<Reservation> reserve(JsonObject body) {
        JsonFields request = JsonFields.of(body, "orderId", "items");
        return inventory.reserve(request.string("orderId", Ids.ORDER_ID, Ids.ORDER_ID_RULE), quantities(request));
    }

    /** The body names the order's lines, for a reservation inventory never recorded (see {@link InventoryService#release}). */
    @POST
    @Path("{orderId}/release")
    public CompletionStage<Reservation> release(@PathParam("orderId") String orderId, JsonObject body) {
        Ids.requireOrderId(orderId);
        JsonFields request = JsonFields.of(body, "orderId", "items");
        if (!orderId.equals(request.string("orderId", Ids.ORDER_ID, Ids.ORDER_ID_RULE))) {
            throw ProblemException.badRequest("orderId in the body must be the one in the path");
        }
        return inventory.release(orderId, quantities(request));
    }

    private static Map<String, Integer> quantities(JsonFields request) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (JsonFields item : request.objects("items", 1, MAX_LINES, "productId", "quantity")) {
            quantities.merge(item.string("productId", Ids.ID, Ids.ID_RULE),
                    item.integer("quantity", 1, InventoryResource.MAX_AVAILABLE), Integer::sum);
        }
        return quantities;
    }

    @POST
    @Path("{orderId}/confirmation")
    public CompletionStage<Reservation> confirm(@PathParam("orderId") String orderId) {
        Ids.requireOrderId(orderId);
        return inventory.confirm(orderId).thenApply(found -> found.orElseGet(() -> Reservation.none(orderId)));
    }

    /** Gives back what the order holds or bought, when it has a recorded reservation. */
    @DELETE
    @Path("{orderId}")
    public CompletionStage<Reservation> releaseRecorded(@PathParam("orderId") String orderId) {
        Ids.requireOrderId(orderId);
        return inventory.release(orderId, Map.of());
    }
}
