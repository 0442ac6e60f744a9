package dev.daprshop.dapr.sidecar;

import io.grpc.ChannelCredentials;
import io.grpc.ManagedChannelBuilder;
import io.grpc.ManagedChannelProvider;
import io.grpc.netty.NettyChannelBuilder;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Collection;
import java.util.List;

/**
 * gRPC's channel provider for this application (registered in {@code META-INF/services}): the
 * Netty channels gRPC would build anyway, made fit for talking to a sidecar by
 * {@link SidecarChannelBuilder} (trace context on every call, reconnect at once after an outage).
 * The Dapr SDK builds its channels itself ({@code ManagedChannelBuilder.forTarget}) and offers no
 * hook for interceptors, so this is the one place where every SDK channel — client, actor runtime,
 * workflow worker and client — gets them.
 *
 * <p>Ranked above gRPC's own Netty providers (priority 5); the registry is per class loader, so
 * it applies to the application that packages this library and nothing else.
 */
public final class SidecarChannelProvider extends ManagedChannelProvider {

    @Override
    protected boolean isAvailable() {
        return true;
    }

    @Override
    protected int priority() {
        return 6;
    }

    @Override
    protected ManagedChannelBuilder<?> builderForAddress(String name, int port) {
        return new SidecarChannelBuilder(NettyChannelBuilder.forAddress(name, port));
    }

    @Override
    protected ManagedChannelBuilder<?> builderForTarget(String target) {
        return new SidecarChannelBuilder(NettyChannelBuilder.forTarget(target));
    }

    @Override
    protected NewChannelBuilderResult newChannelBuilder(String target, ChannelCredentials credentials) {
        try {
            return NewChannelBuilderResult.channelBuilder(new SidecarChannelBuilder(NettyChannelBuilder.forTarget(target, credentials)));
        } catch (IllegalArgumentException unsupported) {
            return NewChannelBuilderResult.error(unsupported.getMessage());
        }
    }

    @Override
    protected Collection<Class<? extends SocketAddress>> getSupportedSocketAddressTypes() {
        return List.of(InetSocketAddress.class);
    }
}
