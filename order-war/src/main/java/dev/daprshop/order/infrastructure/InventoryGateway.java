package dev.daprshop.order.infrastructure;

import dev.daprshop.dapr.invoke.ServiceInvocation;
import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.order.domain.OrderLine;
import dev.daprshop.order.infrastructure.InventoryClient.Item;
import dev.daprshop.order.infrastructure.InventoryClient.Problem;
import dev.daprshop.order.infrastructure.InventoryClient.Reservation;
import dev.daprshop.order.infrastructure.InventoryClient.ReservationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** inventory-service through Dapr service invocation, in the terms of orders. */
@ApplicationScoped
public class InventoryGateway {

    /** What inventory said to a reservation: the priced lines, or why not. */
    public sealed interface Outcome permits Reserved, Refused {
    }

    public record Reserved(List<OrderLine> lines) implements Outcome {
    }

    public record Refused(String reason) implements Outcome {
    }

    @Inject
    InventoryClient inventory;

    @Inject
    ServiceInvocation invocation;

    @DaprCall(api = DaprApi.INVOKE, operation = "reserve", component = InventoryClient.APP_ID)
    public CompletionStage<Outcome> reserve(String orderId, List<OrderLine> items) {
        var request = new ReservationRequest(orderId, items.stream().map(line -> new Item(line.productId(), line.quantity())).toList());
        return invocation.async(() -> inventory.reserve(request)).thenApply(response -> {
            try (response) {
                return switch (response.getStatus()) {
                    case 200 -> new Reserved(response.readEntity(Reservation.class).lines().stream()
                            .map(line -> new OrderLine(line.productId(), line.quantity(), line.unitPrice())).toList());
                    case 409 -> new Refused(response.readEntity(Problem.class).detail());
                    default -> throw unexpected("reserve", response);
                };
            }
        });
    }

    @DaprCall(api = DaprApi.INVOKE, operation = "confirm", component = InventoryClient.APP_ID)
    public CompletionStage<Void> confirm(String orderId) {
        return invocation.async(() -> inventory.confirm(orderId)).thenAccept(response -> settled("confirm", response));
    }

    @DaprCall(api = DaprApi.INVOKE, operation = "release", component = InventoryClient.APP_ID)
    public CompletionStage<Void> release(String orderId) {
        return invocation.async(() -> inventory.release(orderId)).thenAccept(response -> settled("release", response));
    }

    /** 200: done now or before; 404: nothing was held for the order. Both settle it. */
    private static void settled(String operation, Response response) {
        try (response) {
            if (response.getStatus() != 200 && response.getStatus() != 404) {
                throw unexpected(operation, response);
            }
        }
    }

    private static IllegalStateException unexpected(String operation, Response response) {
        return new IllegalStateException("inventory-service answered " + operation + " with " + response.getStatus());
    }
}
