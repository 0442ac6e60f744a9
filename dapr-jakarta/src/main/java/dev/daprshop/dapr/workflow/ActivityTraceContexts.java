package dev.daprshop.dapr.workflow;

import io.dapr.durabletask.implementation.protobuf.OrchestratorService.ActivityRequest;
import io.dapr.durabletask.implementation.protobuf.OrchestratorService.WorkItem;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trace context daprd sends with each activity work item: the context of daprd's own span
 * for that activity. The Dapr workflow SDK receives it but does not hand it to the activity, so
 * this interceptor on the worker's stream of work items keeps it, by task execution id, until
 * {@link TracedActivity} takes it to start the activity's span as a child of daprd's.
 */
final class ActivityTraceContexts implements ClientInterceptor {

    /** Activities received but not started yet; a bound so a lost one cannot grow the map forever. */
    private static final int MAX_WAITING = 10_000;

    private final Map<String, Map<String, String>> byTaskExecution = new ConcurrentHashMap<>();

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
        ClientCall<Q, A> call = next.newCall(method, options);
        if (!method.getFullMethodName().endsWith("/GetWorkItems")) {
            return call;
        }
        return new SimpleForwardingClientCall<>(call) {
            @Override
            public void start(Listener<A> listener, Metadata headers) {
                super.start(new SimpleForwardingClientCallListener<>(listener) {
                    @Override
                    public void onMessage(A message) {
                        if (message instanceof WorkItem item && item.hasActivityRequest()) {
                            remember(item.getActivityRequest());
                        }
                        super.onMessage(message);
                    }
                }, headers);
            }
        };
    }

    void remember(ActivityRequest request) {
        if (!request.hasParentTraceContext() || request.getTaskExecutionId().isEmpty()) {
            return;
        }
        if (byTaskExecution.size() >= MAX_WAITING) {
            byTaskExecution.clear();
        }
        Map<String, String> carrier = new HashMap<>(2);
        carrier.put("traceparent", request.getParentTraceContext().getTraceParent());
        if (request.getParentTraceContext().hasTraceState()) {
            carrier.put("tracestate", request.getParentTraceContext().getTraceState().getValue());
        }
        byTaskExecution.put(request.getTaskExecutionId(), carrier);
    }

    /** daprd's context for the activity execution, once; the root context when none came. */
    Context take(String taskExecutionId) {
        Map<String, String> carrier = taskExecutionId == null ? null : byTaskExecution.remove(taskExecutionId);
        if (carrier == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, new MapGetter());
    }

    private static final class MapGetter implements io.opentelemetry.context.propagation.TextMapGetter<Map<String, String>> {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    }
}
