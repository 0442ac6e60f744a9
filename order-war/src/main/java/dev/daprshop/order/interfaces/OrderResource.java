package dev.daprshop.order.interfaces;

import dev.daprshop.dapr.problem.ProblemException;
import dev.daprshop.order.application.OrderService;
import dev.daprshop.order.domain.Order;
import dev.daprshop.order.domain.OrderLine;
import dev.daprshop.order.domain.OrderStatus;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** {@code POST /orders} and {@code GET /orders/{orderId}}, as API.md specifies them. */
@Path("/orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

    @Inject
    OrderService orders;

    @Inject
    OrderSettings settings;

    @POST
    public CompletionStage<Response> place(@HeaderParam("Idempotency-Key") String idempotencyKey, PlaceOrder request) {
        List<OrderLine> items = validItems(request);
        String orderId = orderId(idempotencyKey);
        String traceId = Span.current().getSpanContext().getTraceId();
        return orders.place(orderId, request.customerId(), items, traceId, settings.terms()).thenApply(order -> Response
                .accepted(new Accepted(order.orderId(), order.status(), order.traceId()))
                .location(URI.create("/orders/" + order.orderId()))
                .build());
    }

    @GET
    @Path("{orderId}")
    public CompletionStage<OrderView> get(@PathParam("orderId") String orderId) {
        return orders.order(orderId).thenApply(found -> found.map(OrderView::of)
                .orElseThrow(() -> ProblemException.notFound("no order " + orderId)));
    }

    private List<OrderLine> validItems(PlaceOrder request) {
        if (request == null || request.customerId() == null || request.customerId().isBlank()) {
            throw ProblemException.badRequest("customerId is required");
        }
        if (request.items() == null || request.items().isEmpty()) {
            throw ProblemException.badRequest("items must hold at least one item");
        }
        int max = settings.maxQuantity();
        return request.items().stream().map(item -> {
            if (item == null || item.productId() == null || item.productId().isBlank()) {
                throw ProblemException.badRequest("every item needs a productId");
            }
            if (item.quantity() == null || item.quantity() < 1 || item.quantity() > max) {
                throw ProblemException.badRequest("quantity of " + item.productId() + " must be between 1 and " + max);
            }
            return new OrderLine(item.productId(), item.quantity(), null);
        }).toList();
    }

    /** The same Idempotency-Key always names the same order; without one, every POST is a new order. */
    private static String orderId(String idempotencyKey) {
        if (idempotencyKey == null) {
            return UUID.randomUUID().toString();
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw ProblemException.badRequest("Idempotency-Key must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
        }
        return UUID.nameUUIDFromBytes(("order:" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The body of {@code POST /orders}. */
    public record PlaceOrder(String customerId, List<Item> items) {
    }

    public record Item(String productId, Integer quantity) {
    }

    /** The answer to {@code POST /orders}. */
    public record Accepted(String orderId, OrderStatus status, String traceId) {
    }

    /** An order as {@code GET /orders/{orderId}} shows it; {@code reason} only when not completed. */
    public record OrderView(String orderId, String customerId, List<OrderLine> items, BigDecimal total,
                            OrderStatus status, String reason, String traceId) {
        static OrderView of(Order order) {
            return new OrderView(order.orderId(), order.customerId(), order.items(), order.total(),
                    order.status(), order.reason(), order.traceId());
        }
    }
}
