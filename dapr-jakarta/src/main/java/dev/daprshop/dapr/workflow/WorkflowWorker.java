package dev.daprshop.dapr.workflow;

import dev.daprshop.dapr.sidecar.DaprSidecar;
import io.dapr.durabletask.DurableTaskGrpcWorker;
import io.dapr.durabletask.DurableTaskGrpcWorkerBuilder;
import io.dapr.durabletask.TaskOrchestration;
import io.dapr.durabletask.TaskOrchestrationFactory;
import io.dapr.workflows.Workflow;
import io.dapr.workflows.WorkflowActivity;
import io.dapr.workflows.runtime.DefaultWorkflowContext;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.opentelemetry.api.trace.Tracer;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs this application's Dapr workflows: every {@link Workflow} and {@link WorkflowActivity} CDI
 * bean is registered (by bean class name) with a durabletask worker that takes work items from
 * the application's own sidecar. Started and closed with the application.
 *
 * <p>Work runs on a bounded pool of Liberty-managed threads (so with the application's class
 * loader and context). Activities run inside {@link TracedActivity} spans; workflow code gets no
 * span and must open none: it is replayed from its history on every step.
 */
@ApplicationScoped
public class WorkflowWorker {

    private static final Logger LOG = Logger.getLogger(WorkflowWorker.class.getName());
    private static final int THREADS = 16;

    @Inject
    DaprSidecar sidecar;

    @Inject
    Tracer tracer;

    @Inject
    @Any
    Instance<Workflow> workflows;

    @Inject
    @Any
    Instance<WorkflowActivity> activities;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private ManagedChannel channel;
    private DurableTaskGrpcWorker worker;
    private ExecutorService executor;

    void start(@Observes Startup startup) {
        if (workflows.isUnsatisfied()) {
            return;
        }
        ActivityTraceContexts traceContexts = new ActivityTraceContexts();
        // Built through SidecarChannelProvider, so it also carries the API token and trace context.
        channel = Grpc.newChannelBuilderForAddress(sidecar.host(), sidecar.grpcPort(), InsecureChannelCredentials.create())
                .intercept(traceContexts)
                .build();
        executor = new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), threads);
        var builder = new DurableTaskGrpcWorkerBuilder().grpcChannel(channel).withExecutorService(executor);
        workflows.handles().forEach(handle -> {
            String name = handle.getBean().getBeanClass().getName();
            builder.addOrchestration(new Orchestration(name, handle.get()));
            LOG.info(() -> "workflow " + name);
        });
        activities.handles().forEach(handle -> {
            String name = handle.getBean().getBeanClass().getName();
            builder.addActivity(new TracedActivity(name, handle.get(), tracer, sidecar.appId(), traceContexts));
        });
        worker = builder.build();
        worker.start();
        LOG.info(() -> "workflow worker started for the sidecar at " + sidecar.host() + ":" + sidecar.grpcPort());
    }

    /**
     * Cuts the work-item stream at once (a graceful channel shutdown would wait for the open
     * stream), then stops the worker and its threads. Unfinished work is not lost: daprd hands it
     * out again when a worker reconnects.
     */
    @PreDestroy
    void close() {
        if (worker != null) {
            channel.shutdownNow();
            worker.close();
            executor.shutdownNow();
        }
    }

    /** A workflow bean as durabletask runs it: its code, replayed against the instance's history. */
    private record Orchestration(String name, Workflow workflow) implements TaskOrchestrationFactory {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public TaskOrchestration create() {
            return context -> workflow.run(new DefaultWorkflowContext(context));
        }
    }
}
