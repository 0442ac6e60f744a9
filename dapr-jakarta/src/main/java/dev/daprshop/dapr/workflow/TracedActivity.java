package dev.daprshop.dapr.workflow;

import io.dapr.durabletask.TaskActivity;
import io.dapr.durabletask.TaskActivityFactory;
import io.dapr.workflows.WorkflowActivity;
import io.dapr.workflows.WorkflowActivityContext;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one workflow activity (a CDI bean) inside a span that is a child of daprd's span for the
 * activity, so the activity and every Dapr call it makes land in the order's trace. Activities,
 * unlike workflow code, run once per execution and never replay: spans belong here.
 */
final class TracedActivity implements TaskActivityFactory {

    private static final AttributeKey<String> ACTIVITY = AttributeKey.stringKey("dapr.workflow.activity");
    private static final AttributeKey<String> APP_ID = AttributeKey.stringKey("dapr.app_id");

    private final String name;
    private final WorkflowActivity activity;
    private final Tracer tracer;
    private final String appId;
    private final ActivityTraceContexts traceContexts;

    TracedActivity(String name, WorkflowActivity activity, Tracer tracer, String appId, ActivityTraceContexts traceContexts) {
        this.name = name;
        this.activity = activity;
        this.tracer = tracer;
        this.appId = appId;
        this.traceContexts = traceContexts;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public TaskActivity create() {
        return context -> {
            Span span = tracer.spanBuilder("dapr.workflow.activity " + simpleName())
                    .setParent(traceContexts.take(context.getTaskExecutionId()))
                    .setSpanKind(SpanKind.SERVER)
                    .setAttribute(ACTIVITY, name)
                    .setAttribute(APP_ID, appId)
                    .startSpan();
            try (Scope ignored = span.makeCurrent()) {
                return activity.run(new Context(context));
            } catch (RuntimeException | Error failure) {
                span.recordException(failure);
                span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
                throw failure;
            } finally {
                span.end();
            }
        };
    }

    private String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The SDK's view of an activity execution, over durabletask's. */
    private record Context(io.dapr.durabletask.TaskActivityContext task) implements WorkflowActivityContext {

        @Override
        public Logger getLogger() {
            return LoggerFactory.getLogger(task.getName());
        }

        @Override
        public String getName() {
            return task.getName();
        }

        @Override
        public String getTaskExecutionId() {
            return task.getTaskExecutionId();
        }

        @Override
        public <T> T getInput(Class<T> type) {
            return task.getInput(type);
        }
    }
}
