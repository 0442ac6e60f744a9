package dev.daprshop.inventory.interfaces;

import dev.daprshop.dapr.problem.ProblemException;
import dev.daprshop.dapr.security.FromSidecar;
import dev.daprshop.inventory.application.InventoryService;
import dev.daprshop.inventory.domain.Reservation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Reservations of stock for orders, called by order-service through Dapr service invocation:
 * {@code POST /reservations} holds units (answer {@code RESERVED}, or {@code REJECTED} with the
 * reason: a refusal is an answer, so Dapr's retries and circuit breakers do not count it as a
 * failure of inventory-service), {@code POST
 * /reservations/{orderId}/confirmation} sells them (all lines or none), {@code DELETE
 * /reservations/{orderId}} gives back what the order holds or bought. All idempotent by order id.
 */
@FromSidecar
@Path("/reservations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReservationResource {

    @Inject
    InventoryService inventory;

    @POST
    public CompletionStage<Reservation> reserve(ReservationRequest request) {
        if (request == null || request.orderId() == null || request.orderId().isBlank()
                || request.items() == null || request.items().isEmpty()) {
            throw ProblemException.badRequest("orderId and at least one item are required");
        }
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (Item item : request.items()) {
            if (item == null || item.quantity() == null || item.quantity() < 1) {
                throw ProblemException.badRequest("every item needs a productId and a quantity of 1 or more");
            }
            quantities.merge(ProductIds.requireValid(item.productId()), item.quantity(), Integer::sum);
        }
        return inventory.reserve(request.orderId(), quantities);
    }

    @POST
    @Path("{orderId}/confirmation")
    public CompletionStage<Reservation> confirm(@PathParam("orderId") String orderId) {
        return inventory.confirm(orderId).thenApply(found -> found
                .orElseThrow(() -> ProblemException.notFound("no reservation for order " + orderId)));
    }

    @DELETE
    @Path("{orderId}")
    public CompletionStage<Reservation> release(@PathParam("orderId") String orderId) {
        return inventory.release(orderId);
    }

    /** The body of {@code POST /reservations}. */
    public record ReservationRequest(String orderId, List<Item> items) {
    }

    public record Item(String productId, Integer quantity) {
    }
}
