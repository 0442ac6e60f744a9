package dev.daprshop.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.daprshop.systemtest.TraceStore.Span;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * One completed order is one trace in the trace store: the three services and their three
 * sidecars, the tracing interceptor's spans with their attributes, the workflow's activities under
 * daprd's activity spans (including the steps after the payment event), the actor turn under
 * daprd's actor call, the payment consumer inside the same trace, and no span whose parent is
 * missing.
 */
@MicroShedTest
@ExtendWith(RequiresRunningSystem.class)
public class OrderTraceIT {

    private static final Set<String> ALL_PARTS = Set.of(
            "order-service/app", "order-service/sidecar",
            "inventory-service/app", "inventory-service/sidecar",
            "payment-service/app", "payment-service/sidecar");

    private final TraceStore traceStore = new TraceStore(SystemPorts.zipkin());

    @Test
    void aCompletedOrderIsOneConnectedTraceAcrossAllServicesAndSidecars() throws Exception {
        String product = Shop.newProduct();
        Shop.putStock(product, 5, "3");
        var accepted = Shop.placeOrder(product, 1).json();
        assertThat(Shop.awaitFinal(accepted.getString("orderId")).getString("status")).isEqualTo("COMPLETED");

        List<Span> spans = traceStore.awaitTrace(accepted.getString("traceId"), OrderTraceIT::complete, Duration.ofSeconds(45));

        assertThat(spans).filteredOn(span -> span.parentId() == null).singleElement()
                .satisfies(root -> assertThat(root.name()).isEqualTo("post /orders"));
        assertThat(span(spans, "order-service", "dapr.invoke reserve inventory-service").tags()).containsAllEntriesOf(Map.of(
                "rpc.system", "dapr", "rpc.service", "inventory-service", "rpc.method", "reserve",
                "dapr.app_id", "order-service"));
        assertThat(span(spans, "order-service", "dapr.invoke reserve inventory-service").kind()).isEqualTo("CLIENT");
        assertThat(span(spans, "order-service", "dapr.state save orderstore").tags()).containsAllEntriesOf(Map.of(
                "db.system", "dapr", "db.operation", "save", "dapr.component", "orderstore"));
        // Announced after the priced order was saved, inside the announce step.
        Span announced = span(spans, "order-service", "dapr.pubsub publish orders");
        assertThat(announced.kind()).isEqualTo("PRODUCER");
        assertThat(announced.tags()).containsAllEntriesOf(Map.of(
                "messaging.system", "dapr", "messaging.destination.name", "orders", "dapr.component", "pubsub"));
        assertThat(parentOf(spans, announced).name()).isEqualTo("dapr.workflow.activity placeorderactivity");
        assertThat(span(spans, "payment-service", "dapr.pubsub publish payments").kind()).isEqualTo("PRODUCER");
        assertThat(span(spans, "inventory-service", "dapr.state save statestore").tags())
                .containsEntry("dapr.app_id", "inventory-service");
        assertThat(span(spans, "payment-service", "post /events/orders").kind()).isEqualTo("SERVER");
        assertThat(span(spans, "order-service", "post /events/payments").kind()).isEqualTo("SERVER");

        // The workflow: started in the request's trace, each activity a child of daprd's span for it.
        assertThat(parentOf(spans, span(spans, "order-service", "create_orchestration||" + WORKFLOW)).name())
                .isEqualTo("/taskhubsidecarservice/startinstance");
        for (String activity : List.of("placeorderactivity", "completeorderactivity")) {
            Span mine = span(spans, "order-service", "dapr.workflow.activity " + activity);
            assertThat(mine.fromApplication()).isTrue();
            assertThat(parentOf(spans, mine).name()).isEqualTo("activity||dev.daprshop.order.application.saga." + activity);
        }
        // Workflow code is replayed: it opens no span of its own.
        assertThat(spans).filteredOn(Span::fromApplication)
                .noneMatch(span -> span.name().toLowerCase().contains("orderworkflow"));

        // The actor: the client call, daprd's actor call, the turn in the host, the actor's own state calls.
        Span actorCall = span(spans, "inventory-service", "dapr.actor reserve inventoryactor");
        assertThat(actorCall.kind()).isEqualTo("CLIENT");
        assertThat(actorCall.tags()).containsEntry("dapr.component", "InventoryActor");
        Span turn = span(spans, "inventory-service", "put /actors/{type}/{id}/method/{method}");
        assertThat(parentOf(spans, turn).name()).isEqualTo("/dapr.proto.runtime.v1.dapr/invokeactor");
        assertThat(spans).filteredOn(span -> turn.id().equals(span.parentId()))
                .extracting(Span::name).contains("/dapr.proto.runtime.v1.dapr/executeactorstatetransaction");
    }

    private static final String WORKFLOW = "dev.daprshop.order.application.saga.orderworkflow";

    private static Span parentOf(List<Span> spans, Span child) {
        return spans.stream().filter(span -> span.id().equals(child.parentId())).findFirst()
                .orElseThrow(() -> new AssertionError("no parent of " + child));
    }

    /** Every part has reported, the last step of the saga is in, and every parent is present. */
    private static boolean complete(List<Span> spans) {
        Set<String> ids = spans.stream().map(Span::id).collect(Collectors.toSet());
        Set<String> parts = spans.stream()
                .map(span -> span.service() + (span.fromSidecar() ? "/sidecar" : "/app"))
                .collect(Collectors.toSet());
        return parts.containsAll(ALL_PARTS)
                && spans.stream().anyMatch(span -> span.name().equals("dapr.state save orderstore")
                        && parentIn(span, spans, "dapr.workflow.activity completeorderactivity"))
                && spans.stream().allMatch(span -> span.parentId() == null || ids.contains(span.parentId()));
    }

    private static boolean parentIn(Span span, List<Span> spans, String parentName) {
        return spans.stream().anyMatch(parent -> parent.id().equals(span.parentId()) && parent.name().equals(parentName));
    }

    private static Span span(List<Span> spans, String service, String name) {
        return spans.stream().filter(span -> service.equals(span.service()) && name.equals(span.name()))
                .findFirst().orElseThrow(() -> new AssertionError("no span " + name + " of " + service + " in " + spans));
    }
}
