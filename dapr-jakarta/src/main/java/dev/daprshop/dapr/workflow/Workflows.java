package dev.daprshop.dapr.workflow;

import dev.daprshop.dapr.sidecar.DaprSidecar;
import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import io.dapr.workflows.Workflow;
import io.dapr.workflows.client.DaprWorkflowClient;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.opentelemetry.context.Context;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Starts workflow instances and raises events on them, through the application's own sidecar.
 * The SDK's workflow client blocks, so its calls run on Liberty's managed executor, never on the
 * request thread, in the caller's trace context: daprd records that context in the instance's
 * history, so every later step of the instance lands in the caller's trace.
 */
@ApplicationScoped
public class Workflows {

    @Inject
    DaprSidecar sidecar;

    @Resource
    ManagedExecutorService executor;

    private DaprWorkflowClient client;

    @PostConstruct
    void open() {
        client = new DaprWorkflowClient(sidecar.sdkProperties());
    }

    @PreDestroy
    void close() {
        try {
            client.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts {@code workflow} as instance {@code instanceId}: {@code true} when this call started it,
     * {@code false} when the instance already exists (two callers racing with one id both succeed).
     */
    @DaprCall(api = DaprApi.WORKFLOW, operation = "start", component = "dapr")
    public CompletionStage<Boolean> start(Class<? extends Workflow> workflow, String instanceId, Object input) {
        return call(() -> {
            try {
                client.scheduleNewWorkflow(workflow, input, instanceId);
                return true;
            } catch (StatusRuntimeException refused) {
                if (alreadyExists(refused)) {
                    return false;
                }
                throw refused;
            }
        });
    }

    /**
     * daprd refuses a second start with status UNKNOWN and the words "already exists" (1.16). Asking
     * for the instance instead does not work: one whose start is still in flight is not reported yet.
     */
    private static boolean alreadyExists(StatusRuntimeException refused) {
        String description = refused.getStatus().getDescription();
        return refused.getStatus().getCode() == Status.Code.ALREADY_EXISTS
                || description != null && description.contains("already exists");
    }

    /** Raises {@code event} on the instance; {@code false} when there is no such instance to take it. */
    @DaprCall(api = DaprApi.WORKFLOW, operation = "raise event", component = "dapr")
    public CompletionStage<Boolean> raiseEvent(String instanceId, String event, Object payload) {
        return call(() -> {
            try {
                client.raiseEvent(instanceId, event, payload);
                return true;
            } catch (StatusRuntimeException refused) {
                if (refused.getStatus().getCode() == Status.Code.NOT_FOUND) {
                    return false;
                }
                throw refused;
            }
        });
    }

    private <T> CompletionStage<T> call(Supplier<T> blocking) {
        return CompletableFuture.supplyAsync(Context.current().wrapSupplier(blocking), executor);
    }
}
