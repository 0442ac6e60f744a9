package dev.daprshop.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.daprshop.systemtest.TraceStore.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * order-service calls inventory-service through both sidecars, and the trace store holds one
 * trace of it: the two applications' spans and the two sidecars' spans, every parent present.
 */
@MicroShedTest
@ExtendWith(RequiresRunningSystem.class)
public class FirstTracedCallIT {

    private final TraceStore traceStore = new TraceStore(SystemPorts.zipkin());

    @Test
    void orderServiceReachesInventoryServiceThroughDapr() {
        InventoryCall answer = Shop.inventoryThroughDapr();

        assertThat(answer.service()).isEqualTo("order-service");
        assertThat(answer.inventory().service()).isEqualTo("inventory-service");
        // inventory-service's Dapr SDK client talks to its own sidecar, not order-service's.
        assertThat(answer.inventory().sidecar().appId()).isEqualTo("inventory-service");
        assertThat(answer.inventory().sidecar().runtimeVersion()).isNotBlank();
        assertThat(answer.traceId()).matches("[0-9a-f]{32}").isEqualTo(answer.inventory().traceId());
    }

    @Test
    void theCallIsOneConnectedTraceAcrossBothServicesAndBothSidecars() throws Exception {
        String traceId = Shop.inventoryThroughDapr().traceId();

        List<Span> spans = traceStore.awaitTrace(traceId, FirstTracedCallIT::hasAllFourParts, Duration.ofSeconds(30));

        Map<String, Span> byId = spans.stream().collect(Collectors.toMap(Span::id, Function.identity()));
        assertThat(spans).allSatisfy(span -> assertThat(span.traceId()).isEqualTo(traceId));
        assertThat(spans).filteredOn(span -> span.parentId() == null).singleElement()
                .satisfies(root -> assertThat(root.service()).isEqualTo("order-service"));
        assertThat(spans).filteredOn(span -> span.parentId() != null)
                .allSatisfy(span -> assertThat(byId).as("parent of %s", span).containsKey(span.parentId()));

        // inventory-service's server span hangs under its sidecar, under order-service's sidecar.
        Span inventoryServer = find(spans, "inventory-service", false, "SERVER");
        Span inventorySidecar = byId.get(inventoryServer.parentId());
        assertThat(inventorySidecar.fromSidecar()).isTrue();
        assertThat(inventorySidecar.service()).isEqualTo("inventory-service");
        assertThat(ancestors(inventorySidecar, byId)).anySatisfy(span -> {
            assertThat(span.fromSidecar()).isTrue();
            assertThat(span.service()).isEqualTo("order-service");
        });
    }

    private static boolean hasAllFourParts(List<Span> spans) {
        Set<String> parts = spans.stream()
                .map(span -> span.service() + (span.fromSidecar() ? "/sidecar" : "/app"))
                .collect(Collectors.toSet());
        return parts.containsAll(Set.of("order-service/app", "order-service/sidecar",
                "inventory-service/sidecar", "inventory-service/app"));
    }

    private static Span find(List<Span> spans, String service, boolean sidecar, String kind) {
        return spans.stream()
                .filter(span -> service.equals(span.service()) && span.fromSidecar() == sidecar && kind.equals(span.kind()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " span of " + service + " in " + spans));
    }

    private static List<Span> ancestors(Span span, Map<String, Span> byId) {
        List<Span> result = new ArrayList<>();
        for (Span parent = byId.get(span.parentId()); parent != null; parent = byId.get(parent.parentId())) {
            result.add(parent);
        }
        return result;
    }
}
