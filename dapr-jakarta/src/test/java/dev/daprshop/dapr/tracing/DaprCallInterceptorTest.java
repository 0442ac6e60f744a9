package dev.daprshop.dapr.tracing;

import dev.daprshop.dapr.propagation.TraceContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DaprCallInterceptorTest {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported)).build();
    private final DaprSpans spans = new DaprSpans(provider.get("test"), "order-service");

    @AfterEach
    void close() {
        provider.close();
    }

    /** Stand-ins for adapter methods: their annotations are what the interceptor reads. */
    static class Adapter {
        @DaprCall(api = DaprApi.STATE, operation = "save", component = "statestore")
        void save() {
        }

        @DaprCall(api = DaprApi.PUBSUB, operation = "publish", component = "pubsub", topic = "orders")
        void publish() {
        }

        @DaprCall(api = DaprApi.INVOKE, operation = "reserve", component = "inventory-service")
        void reserve() {
        }
    }

    @Test
    void aStateCallIsAClientSpanWithDatabaseAttributes() throws Exception {
        trace("save", () -> "saved");

        SpanData span = onlySpan();
        assertThat(span.getName()).isEqualTo("dapr.state save statestore");
        assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(span.getAttributes().asMap()).containsAllEntriesOf(Map.of(
                AttributeKey.stringKey("db.system"), "dapr",
                AttributeKey.stringKey("db.operation"), "save",
                AttributeKey.stringKey("dapr.app_id"), "order-service",
                AttributeKey.stringKey("dapr.component"), "statestore"));
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    }

    @Test
    void aPublishIsAProducerSpanWithMessagingAttributes() throws Exception {
        trace("publish", () -> null);

        SpanData span = onlySpan();
        assertThat(span.getName()).isEqualTo("dapr.pubsub publish orders");
        assertThat(span.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(span.getAttributes().asMap()).containsAllEntriesOf(Map.of(
                AttributeKey.stringKey("messaging.system"), "dapr",
                AttributeKey.stringKey("messaging.destination.name"), "orders",
                AttributeKey.stringKey("messaging.operation"), "publish",
                AttributeKey.stringKey("dapr.component"), "pubsub"));
    }

    @Test
    void anInvocationIsAClientSpanWithRpcAttributes() throws Exception {
        trace("reserve", () -> null);

        SpanData span = onlySpan();
        assertThat(span.getName()).isEqualTo("dapr.invoke reserve inventory-service");
        assertThat(span.getAttributes().asMap()).containsAllEntriesOf(Map.of(
                AttributeKey.stringKey("rpc.system"), "dapr",
                AttributeKey.stringKey("rpc.service"), "inventory-service",
                AttributeKey.stringKey("rpc.method"), "reserve"));
    }

    @Test
    void theContextHandedToDaprIsTheSpans() throws Exception {
        Object[] seen = new Object[3];
        trace("save", () -> {
            seen[0] = Span.current().getSpanContext();
            seen[1] = TraceContext.headers().get("traceparent");
            seen[2] = TraceContext.reactor().get("traceparent");
            return null;
        });

        SpanData span = onlySpan();
        String expected = "00-" + span.getTraceId() + "-" + span.getSpanId() + "-01";
        assertThat(seen[0]).isEqualTo(span.getSpanContext());
        assertThat(seen[1]).isEqualTo(expected);
        assertThat(seen[2]).isEqualTo(expected);
    }

    @Test
    void aFailureIsRecordedAndRethrown() {
        assertThatThrownBy(() -> trace("save", () -> {
            throw new IllegalStateException("etag mismatch");
        })).isInstanceOf(IllegalStateException.class);

        SpanData span = onlySpan();
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(span.getEvents()).singleElement()
                .satisfies(event -> assertThat(event.getName()).isEqualTo("exception"));
    }

    @Test
    void anAsynchronousCallEndsItsSpanWhenItCompletes() throws Exception {
        CompletableFuture<String> pending = new CompletableFuture<>();
        Object result = trace("save", () -> pending);

        assertThat(exported.getFinishedSpanItems()).isEmpty();
        pending.completeExceptionally(new IllegalStateException("sidecar unavailable"));
        assertThat((CompletableFuture<?>) result).isCompletedExceptionally();

        assertThat(onlySpan().getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    }

    @Test
    void workChainedOnAnAsynchronousCallRunsInTheCallersContext() throws Exception {
        Span caller = provider.get("test").spanBuilder("caller").startSpan();
        ClassLoader applicationLoader = new ClassLoader(getClass().getClassLoader()) { };
        CompletableFuture<String> pending = new CompletableFuture<>();
        CompletableFuture<Object[]> seenByNextStep;
        ClassLoader testLoader = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(applicationLoader);
        try (Scope ignored = caller.makeCurrent()) {
            @SuppressWarnings("unchecked")
            CompletionStage<String> result = (CompletionStage<String>) trace("save", () -> pending);
            seenByNextStep = result.thenApply(value -> new Object[] {
                Span.current().getSpanContext(), Thread.currentThread().getContextClassLoader()}).toCompletableFuture();
        } finally {
            Thread.currentThread().setContextClassLoader(testLoader);
        }
        // Completed by another thread with no context, as a Dapr SDK or HTTP client thread would.
        Thread completer = new Thread(() -> pending.complete("saved"));
        completer.setContextClassLoader(null);
        completer.start();
        completer.join();

        assertThat(seenByNextStep.get()[0]).isEqualTo(caller.getSpanContext());
        assertThat(seenByNextStep.get()[1]).isSameAs(applicationLoader);
        caller.end();
    }

    private Object trace(String method, Callable<Object> body) throws Exception {
        Method target = Adapter.class.getDeclaredMethod(method);
        return DaprCallInterceptor.trace(spans, target.getAnnotation(DaprCall.class), new Invocation(target, body));
    }

    private SpanData onlySpan() {
        assertThat(exported.getFinishedSpanItems()).hasSize(1);
        return exported.getFinishedSpanItems().get(0);
    }

    /** The interceptor sees only the method and proceeds into the body. */
    private record Invocation(Method method, Callable<Object> body) implements InvocationContext {
        @Override
        public Object proceed() throws Exception {
            return body.call();
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Object getTarget() {
            return null;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {
        }

        @Override
        public Map<String, Object> getContextData() {
            return Map.of();
        }
    }
}
