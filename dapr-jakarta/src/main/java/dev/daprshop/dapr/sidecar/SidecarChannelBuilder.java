package dev.daprshop.dapr.sidecar;

import dev.daprshop.dapr.propagation.TraceContextClientInterceptor;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingChannelBuilder2;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A channel to the sidecar with four interceptors: every unary call has a deadline (the SDK sets
 * none, and a call to a sidecar that stopped answering would otherwise hold its thread for good);
 * the current trace context goes with every
 * call ({@link TraceContextClientInterceptor}); so does the Dapr API token when the sidecar requires
 * one (the SDK's actor runtime does not send it by itself); and a call that finds the sidecar
 * unavailable resets the channel's reconnect backoff. After a sidecar restart gRPC would otherwise keep failing
 * calls until its backoff (up to two minutes) runs out; this way the next call, or the SDK's
 * retry of this one, reconnects at once.
 *
 * <p>No transparent gRPC retries: every caller already retries at its own level (the SDK, the
 * workflow's retry policy, pub/sub redelivery), and retry support wraps and buffers each call
 * (profiled under load: a large share of what the services allocated).
 */
final class SidecarChannelBuilder extends ForwardingChannelBuilder2<SidecarChannelBuilder> {

    private static final TraceContextClientInterceptor TRACE_CONTEXT = new TraceContextClientInterceptor();

    private final ManagedChannelBuilder<?> delegate;
    private final AtomicReference<ManagedChannel> built = new AtomicReference<>();

    SidecarChannelBuilder(ManagedChannelBuilder<?> netty) {
        this.delegate = netty.disableRetry().intercept(TRACE_CONTEXT, new ApiToken(), new ReconnectWhenUnavailable(built), new Deadline());
    }

    @Override
    protected ManagedChannelBuilder<?> delegate() {
        return delegate;
    }

    @Override
    public ManagedChannel build() {
        ManagedChannel channel = delegate.build();
        built.set(channel);
        return channel;
    }

    /** Adds {@code dapr-api-token} (config {@code dapr.api.token}, i.e. DAPR_API_TOKEN) to calls without it. */
    private static final class ApiToken implements ClientInterceptor {

        private static final Metadata.Key<String> HEADER = Metadata.Key.of("dapr-api-token", Metadata.ASCII_STRING_MARSHALLER);

        private final Optional<String> token = ConfigProvider.getConfig(ApiToken.class.getClassLoader())
                .getOptionalValue("dapr.api.token", String.class).filter(value -> !value.isBlank());

        @Override
        public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
            ClientCall<Q, A> call = next.newCall(method, options);
            if (token.isEmpty()) {
                return call;
            }
            return new SimpleForwardingClientCall<>(call) {
                @Override
                public void start(Listener<A> listener, Metadata headers) {
                    if (!headers.containsKey(HEADER)) {
                        headers.put(HEADER, token.get());
                    }
                    super.start(listener, headers);
                }
            };
        }
    }

    /**
     * Unary calls without a deadline get {@value #SECONDS} s: longer than any healthy sidecar call,
     * shorter than the callers' own limits (HTTP clients, workflow retries). Streams (the workflow
     * worker's work items) stay open.
     */
    private static final class Deadline implements ClientInterceptor {

        private static final long SECONDS = 5;

        @Override
        public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
            boolean unary = method.getType() == MethodDescriptor.MethodType.UNARY;
            return next.newCall(method, unary && options.getDeadline() == null
                    ? options.withDeadlineAfter(SECONDS, TimeUnit.SECONDS) : options);
        }
    }

    private record ReconnectWhenUnavailable(AtomicReference<ManagedChannel> channel) implements ClientInterceptor {

        @Override
        public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
            return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
                @Override
                public void start(Listener<A> listener, Metadata headers) {
                    super.start(new SimpleForwardingClientCallListener<>(listener) {
                        @Override
                        public void onClose(Status status, Metadata trailers) {
                            ManagedChannel managed = channel.get();
                            if (status.getCode() == Status.Code.UNAVAILABLE && managed != null) {
                                managed.resetConnectBackoff();
                            }
                            super.onClose(status, trailers);
                        }
                    }, headers);
                }
            };
        }
    }
}
