package dev.daprshop.order.infrastructure;

import dev.daprshop.dapr.web.DiagnosticsResource.ServiceInfo;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;

/**
 * inventory-service's API as order-service uses it, reached through the order-service sidecar
 * (built by {@link InventoryClientProducer}) and called off the request thread by
 * {@link InventoryGateway}. Reservation calls answer the raw response: a 409 is an answer (the
 * order is rejected), not a failure.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface InventoryClient {

    String APP_ID = "inventory-service";

    @GET
    @Path("/diagnostics")
    ServiceInfo diagnostics();

    @POST
    @Path("/reservations")
    Response reserve(ReservationRequest request);

    @POST
    @Path("/reservations/{orderId}/confirmation")
    Response confirm(@PathParam("orderId") String orderId);

    @DELETE
    @Path("/reservations/{orderId}")
    Response release(@PathParam("orderId") String orderId);

    record ReservationRequest(String orderId, List<Item> items) {
    }

    record Item(String productId, int quantity) {
    }

    /** What inventory-service answers for a reservation. */
    record Reservation(String orderId, String status, List<Line> lines) {
    }

    record Line(String productId, int quantity, BigDecimal unitPrice) {
    }

    /** inventory-service's problem+json. */
    record Problem(String type, String title, int status, String detail) {
    }
}
