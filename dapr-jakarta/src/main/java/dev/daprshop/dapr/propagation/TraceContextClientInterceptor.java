package dev.daprshop.dapr.propagation;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;

/**
 * Sends the current trace context ({@code traceparent}, {@code tracestate}) with every gRPC call to
 * the sidecar that does not carry one yet. The Dapr SDK's actor and workflow runtimes make their
 * own gRPC calls (actor state, reminders) with no way to hand them a context; this interceptor,
 * installed on every channel by {@code SidecarChannelProvider}, keeps those calls in the trace of
 * the actor turn or activity that makes them.
 */
public final class TraceContextClientInterceptor implements ClientInterceptor {

    private static final Metadata.Key<String> TRACEPARENT = Metadata.Key.of("traceparent", Metadata.ASCII_STRING_MARSHALLER);

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
        return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<A> listener, Metadata headers) {
                if (!headers.containsKey(TRACEPARENT)) {
                    TraceContext.headers().forEach((name, value) ->
                            headers.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value));
                }
                super.start(listener, headers);
            }
        };
    }
}
