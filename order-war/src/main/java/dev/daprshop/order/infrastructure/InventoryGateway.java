package dev.daprshop.order.infrastructure;

import dev.daprshop.dapr.invoke.ServiceInvocation;
import dev.daprshop.dapr.invoke.ServiceInvocation.Answer;
import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.web.DiagnosticsResource.ServiceInfo;
import dev.daprshop.order.domain.OrderLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** inventory-service through Dapr service invocation, in the terms of orders. */
@ApplicationScoped
public class InventoryGateway {

    static final String APP_ID = "inventory-service";

    /** What inventory said to a reservation: the priced lines, or why not. */
    public sealed interface Outcome permits Reserved, Refused {
    }

    public record Reserved(List<OrderLine> lines) implements Outcome {
    }

    public record Refused(String reason) implements Outcome {
    }

    @Inject
    ServiceInvocation invocation;

    @DaprCall(api = DaprApi.INVOKE, operation = "reserve", component = APP_ID)
    public CompletionStage<Outcome> reserve(String orderId, List<OrderLine> items) {
        var request = new ReservationRequest(orderId, items.stream().map(line -> new Item(line.productId(), line.quantity())).toList());
        return invocation.post(APP_ID, "/reservations", request).thenApply(answer -> {
            if (answer.status() != 200) {
                throw unexpected("reserve", answer);
            }
            Reservation reservation = answer.as(Reservation.class);
            return "RESERVED".equals(reservation.status())
                    ? new Reserved(reservation.lines().stream()
                            .map(line -> new OrderLine(line.productId(), line.quantity(), line.unitPrice())).toList())
                    : new Refused(reservation.reason());
        });
    }

    /** True when the held units are sold; false when the hold ran out (or was released) before. */
    @DaprCall(api = DaprApi.INVOKE, operation = "confirm", component = APP_ID)
    public CompletionStage<Boolean> confirm(String orderId) {
        return invocation.post(APP_ID, "/reservations/" + orderId + "/confirmation", null).thenApply(answer -> {
            settled("confirm", answer);
            return answer.status() == 200 && "CONFIRMED".equals(answer.as(Reservation.class).status());
        });
    }

    /**
     * Gives back what the order holds or bought. The order's lines go along: when inventory never
     * recorded the reservation (a crash between holding and recording), it releases them product
     * by product.
     */
    @DaprCall(api = DaprApi.INVOKE, operation = "release", component = APP_ID)
    public CompletionStage<Void> release(String orderId, List<OrderLine> items) {
        var request = new ReservationRequest(orderId, items.stream().map(line -> new Item(line.productId(), line.quantity())).toList());
        return invocation.post(APP_ID, "/reservations/" + orderId + "/release", request).thenAccept(answer -> settled("release", answer));
    }

    @DaprCall(api = DaprApi.INVOKE, operation = "diagnostics", component = APP_ID)
    public CompletionStage<ServiceInfo> diagnostics() {
        return invocation.get(APP_ID, "/diagnostics").thenApply(answer -> {
            if (answer.status() != 200) {
                throw unexpected("diagnostics", answer);
            }
            return answer.as(ServiceInfo.class);
        });
    }

    /** 200: done now or before; 404: nothing was held for the order. Both settle it. */
    private static void settled(String operation, Answer answer) {
        if (answer.status() != 200 && answer.status() != 404) {
            throw unexpected(operation, answer);
        }
    }

    private static IllegalStateException unexpected(String operation, Answer answer) {
        return new IllegalStateException("inventory-service " + operation + " failed (" + answer.status() + "): " + answer.failure());
    }

    /** inventory-service's {@code POST /reservations} body and answer. */
    public record ReservationRequest(String orderId, List<Item> items) {
    }

    public record Item(String productId, int quantity) {
    }

    /** RESERVED with its priced lines, or REJECTED with the reason; CONFIRMED, RELEASED, EXPIRED later. */
    public record Reservation(String orderId, String status, List<Line> lines, String reason) {
    }

    public record Line(String productId, int quantity, BigDecimal unitPrice) {
    }
}
