package dev.daprshop.dapr.workflow;

import dev.daprshop.dapr.problem.ProblemException;
import dev.daprshop.dapr.sidecar.DaprSidecar;
import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import io.dapr.workflows.Workflow;
import io.dapr.workflows.client.DaprWorkflowClient;
import io.dapr.workflows.client.WorkflowInstanceStatus;
import io.dapr.workflows.client.WorkflowRuntimeStatus;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.opentelemetry.context.Context;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Starts workflow instances and raises events on them, through the application's own sidecar.
 * The SDK's workflow client blocks, so its calls run on a small pool of their own, in the caller's
 * trace context: daprd records that context in the instance's history, so every later step of the
 * instance lands in the caller's trace. Never on Liberty's default executor: its threads also serve
 * the HTTP requests (activities calling other services, actor turns) that a blocked start may be
 * waiting for. The pool's queue is bounded; past it a call is refused at once (503, retry later),
 * and every call has the sidecar channel's deadline. Calls about existing instances (get, terminate,
 * purge: the deadline checks' work) have a smaller pool of their own, so a backlog of them, as after a
 * long outage, never refuses a new order.
 */
@ApplicationScoped
public class Workflows {

    /** A start or raise takes a few milliseconds: 8 threads carry hundreds per second. */
    private static final int THREADS = 8;
    /** Calls waiting for a thread; past this the sidecar is behind and waiting longer helps no one. */
    private static final int QUEUED = 128;
    /** Maintenance is not urgent: a refused call is a job trigger that the scheduler tries again. */
    private static final int MAINTENANCE_THREADS = 2;
    private static final int MAINTENANCE_QUEUED = 64;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    @Inject
    DaprSidecar sidecar;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private DaprWorkflowClient client;
    private ThreadPoolExecutor executor;
    private ThreadPoolExecutor maintenance;

    @PostConstruct
    void open() {
        client = new DaprWorkflowClient(sidecar.sdkProperties());
        executor = pool(THREADS, QUEUED);
        maintenance = pool(MAINTENANCE_THREADS, MAINTENANCE_QUEUED);
    }

    private ThreadPoolExecutor pool(int size, int queued) {
        return new ThreadPoolExecutor(size, size, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(queued), threads);
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
        maintenance.shutdownNow();
        try {
            client.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a call now would find room in the queue: a caller checks before it writes anything. */
    public boolean hasRoom() {
        return executor.getQueue().remainingCapacity() > 0;
    }

    /** The refusal of a call made while the queue is full. */
    public static ProblemException saturated() {
        return ProblemException.unavailable("too many workflow calls in flight; nothing was done, try again shortly",
                RETRY_AFTER);
    }

    /**
     * Starts {@code workflow} as instance {@code instanceId}: {@code true} when this call started it,
     * {@code false} when the instance already exists (two callers racing with one id both succeed).
     */
    @DaprCall(api = DaprApi.WORKFLOW, operation = "start", component = "dapr")
    public CompletionStage<Boolean> start(Class<? extends Workflow> workflow, String instanceId, Object input) {
        return call(executor, () -> {
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
        return onInstance(executor, () -> {
            client.raiseEvent(instanceId, event, payload);
            return true;
        });
    }

    /**
     * Ends the instance if it still runs (its work is finished elsewhere): {@code true} when it was
     * running and is terminated now, {@code false} when it had ended already or is unknown (1.16 may
     * report an instance it lost as pending, and then not find it to terminate).
     */
    @DaprCall(api = DaprApi.WORKFLOW, operation = "terminate", component = "dapr")
    public CompletionStage<Boolean> endIfRunning(String instanceId, String why) {
        return onInstance(maintenance, () -> {
            WorkflowInstanceStatus status = client.getInstanceState(instanceId, false);
            if (status == null || status.isCompleted()) {
                return false;
            }
            client.terminateWorkflow(instanceId, why);
            return true;
        });
    }

    /** Whether the instance ran to its end (not failed, terminated, still running or unknown). */
    @DaprCall(api = DaprApi.WORKFLOW, operation = "get", component = "dapr")
    public CompletionStage<Boolean> completed(String instanceId) {
        return onInstance(maintenance, () -> {
            WorkflowInstanceStatus status = client.getInstanceState(instanceId, false);
            return status != null && status.getRuntimeStatus() == WorkflowRuntimeStatus.COMPLETED;
        });
    }

    /** Deletes an ended instance's history: {@code false} when there was none (or it still runs). */
    @DaprCall(api = DaprApi.WORKFLOW, operation = "purge", component = "dapr")
    public CompletionStage<Boolean> purge(String instanceId) {
        return onInstance(maintenance, () -> client.purgeInstance(instanceId));
    }

    /** A call about one instance: {@code false} when daprd knows no such instance. */
    private CompletionStage<Boolean> onInstance(ThreadPoolExecutor lane, Supplier<Boolean> blocking) {
        return call(lane, () -> {
            try {
                return blocking.get();
            } catch (StatusRuntimeException refused) {
                if (noSuchInstance(refused)) {
                    return false;
                }
                throw refused;
            }
        });
    }

    /** daprd 1.16 answers for an unknown (or purged) instance with NOT_FOUND or UNKNOWN "no such instance exists". */
    private static boolean noSuchInstance(StatusRuntimeException refused) {
        String description = refused.getStatus().getDescription();
        return refused.getStatus().getCode() == Status.Code.NOT_FOUND
                || description != null && description.contains("no such instance");
    }

    private <T> CompletionStage<T> call(ThreadPoolExecutor lane, Supplier<T> blocking) {
        try {
            return CompletableFuture.supplyAsync(Context.current().wrapSupplier(blocking), lane);
        } catch (RejectedExecutionException full) {
            return CompletableFuture.failedStage(saturated());
        }
    }
}
