package dev.daprshop.order.infrastructure;

import dev.daprshop.dapr.invoke.ServiceInvocation;
import dev.daprshop.dapr.invoke.ServiceInvocation.Answer;
import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.web.DiagnosticsResource.ServiceInfo;
import dev.daprshop.order.application.Inventory;
import dev.daprshop.order.application.Reservation;
import dev.daprshop.order.domain.OrderLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** inventory-service through Dapr service invocation; its answers translated into a {@link Reservation}. */
@ApplicationScoped
public class InventoryGateway implements Inventory {

    static final String APP_ID = "inventory-service";

    @Inject
    ServiceInvocation invocation;

    @Override
    @DaprCall(api = DaprApi.INVOKE, operation = "reserve", component = APP_ID)
    public CompletionStage<Reservation> reserve(String orderId, List<OrderLine> items) {
        var request = new ReservationRequest(orderId, items.stream().map(line -> new Item(line.productId(), line.quantity())).toList());
        return invocation.post(APP_ID, "/reservations", request).thenApply(answer -> {
            if (answer.status() != 200) {
                throw unexpected("reserve", answer);
            }
            ReservationAnswer reservation = answer.as(ReservationAnswer.class);
            return "RESERVED".equals(reservation.status())
                    ? Reservation.held(List.copyOf(reservation.lines()))
                    : Reservation.refused(reservation.reason());
        });
    }

    @Override
    @DaprCall(api = DaprApi.INVOKE, operation = "confirm", component = APP_ID)
    public CompletionStage<Boolean> confirm(String orderId) {
        return invocation.post(APP_ID, "/reservations/" + orderId + "/confirmation", null).thenApply(answer -> {
            settled("confirm", answer);
            return answer.status() == 200 && "CONFIRMED".equals(answer.as(ReservationAnswer.class).status());
        });
    }

    @Override
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

    /**
     * inventory-service's reservation: RESERVED with its priced lines (of the shape of
     * {@link OrderLine}), or REJECTED with the reason; CONFIRMED, RELEASED, EXPIRED later.
     */
    public record ReservationAnswer(String orderId, String status, List<OrderLine> lines, String reason) {
    }
}
