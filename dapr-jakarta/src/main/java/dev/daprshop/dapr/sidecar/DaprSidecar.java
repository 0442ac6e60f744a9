package dev.daprshop.dapr.sidecar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where this application's own Dapr sidecar listens, and who the application is to Dapr.
 *
 * <p>Each WAR sets these in its microprofile-config.properties. They are per application on
 * purpose: in the one-server deployment three WARs share one JVM, so they cannot all read one
 * {@code DAPR_HTTP_PORT} environment variable.
 */
@ApplicationScoped
public class DaprSidecar {

    private final String appId;
    private final String host;
    private final int httpPort;
    private final int grpcPort;

    @Inject
    public DaprSidecar(@ConfigProperty(name = "dapr.app-id") String appId,
                       @ConfigProperty(name = "dapr.sidecar.host", defaultValue = "127.0.0.1") String host,
                       @ConfigProperty(name = "dapr.sidecar.http-port") int httpPort,
                       @ConfigProperty(name = "dapr.sidecar.grpc-port") int grpcPort) {
        this.appId = appId;
        this.host = host;
        this.httpPort = httpPort;
        this.grpcPort = grpcPort;
    }

    /** CDI needs a no-argument constructor to proxy a normal-scoped bean. */
    protected DaprSidecar() {
        this(null, null, 0, 0);
    }

    public String appId() {
        return appId;
    }

    public String host() {
        return host;
    }

    public int httpPort() {
        return httpPort;
    }

    public int grpcPort() {
        return grpcPort;
    }

    /** The sidecar's HTTP API, e.g. {@code http://127.0.0.1:3500/v1.0/healthz/outbound}. */
    public URI httpEndpoint(String path) {
        return URI.create("http://" + host + ":" + httpPort + path);
    }
}
