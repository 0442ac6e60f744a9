package dev.daprshop.dapr.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dapr.durabletask.TaskActivityContext;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.ActivityRequest;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.TraceContext;
import io.dapr.workflows.WorkflowActivity;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An activity runs in a span under daprd's span for it, taken from the work item daprd sent. */
class TracedActivityTest {

    private static final String DAPRD_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String DAPRD_SPAN = "00f067aa0ba902b7";
    private static final String NAME = "dev.daprshop.order.application.saga.ReserveStockActivity";

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported)).build();
    private final ActivityTraceContexts traceContexts = new ActivityTraceContexts();

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void theActivitySpanIsAChildOfDaprdsActivitySpanAndCurrentWhileItRuns() {
        traceContexts.remember(workItem("task-1"));
        AtomicReference<String> seenTrace = new AtomicReference<>();

        Object result = run("task-1", context -> {
            seenTrace.set(Span.current().getSpanContext().getTraceId());
            return "reserved " + context.getInput(String.class);
        });

        SpanData span = exported.getFinishedSpanItems().get(0);
        assertThat(result).isEqualTo("reserved order-1");
        assertThat(span.getName()).isEqualTo("dapr.workflow.activity ReserveStockActivity");
        assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(span.getTraceId()).isEqualTo(DAPRD_TRACE);
        assertThat(span.getParentSpanId()).isEqualTo(DAPRD_SPAN);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("dapr.workflow.activity"))).isEqualTo(NAME);
        assertThat(seenTrace).hasValue(DAPRD_TRACE);
    }

    @Test
    void aContextIsUsedOnceAndAnActivityWithoutOneStartsItsOwnTrace() {
        traceContexts.remember(workItem("task-1"));
        run("task-1", context -> null);

        run("task-1", context -> null);

        SpanData second = exported.getFinishedSpanItems().get(1);
        assertThat(second.getTraceId()).isNotEqualTo(DAPRD_TRACE);
        assertThat(second.getParentSpanContext().isValid()).isFalse();
    }

    @Test
    void aFailingActivityEndsItsSpanWithTheErrorAndFailsTheTask() {
        traceContexts.remember(workItem("task-2"));

        assertThatThrownBy(() -> run("task-2", context -> {
            throw new IllegalStateException("inventory-service answered 500");
        })).isInstanceOf(IllegalStateException.class);

        SpanData span = exported.getFinishedSpanItems().get(0);
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(span.getEvents()).extracting(event -> event.getName()).contains("exception");
    }

    private Object run(String taskExecutionId, WorkflowActivity activity) {
        var traced = new TracedActivity(NAME, activity, provider.get("test"), "order-service", traceContexts);
        return traced.create().run(new TaskActivityContext() {
            @Override
            public String getName() {
                return NAME;
            }

            @Override
            public <T> T getInput(Class<T> type) {
                return type.cast("order-1");
            }

            @Override
            public String getTaskExecutionId() {
                return taskExecutionId;
            }

            @Override
            public int getTaskId() {
                return 1;
            }
        });
    }

    private static ActivityRequest workItem(String taskExecutionId) {
        return ActivityRequest.newBuilder()
                .setName(NAME)
                .setTaskExecutionId(taskExecutionId)
                .setParentTraceContext(TraceContext.newBuilder().setTraceParent("00-" + DAPRD_TRACE + "-" + DAPRD_SPAN + "-01"))
                .build();
    }
}
