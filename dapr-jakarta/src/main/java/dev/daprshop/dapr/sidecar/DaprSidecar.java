package dev.daprshop.dapr.sidecar;

import io.dapr.config.Properties;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where this application's own Dapr sidecar listens, and who the application is to Dapr.
 *
 * <p>Each WAR sets these in its microprofile-config.properties. They are per application on
 * purpose: in the one-server deployment three WARs share one JVM, so they cannot all read one
 * {@code DAPR_HTTP_PORT} environment variable. For the same reason they are read through this
 * class's own class loader (the WAR's) rather than injected: Liberty validates
 * {@code @ConfigProperty} injection points of an EAR against the EAR's configuration, which does
 * not see a WAR's properties.
 */
@ApplicationScoped
public class DaprSidecar {

    private final String appId;
    private final String host;
    private final int httpPort;
    private final int grpcPort;
    private final Optional<String> apiToken;
    private final Optional<String> appToken;

    public DaprSidecar() {
        Config config = ConfigProvider.getConfig(DaprSidecar.class.getClassLoader());
        this.appId = config.getValue("dapr.app-id", String.class);
        this.host = config.getOptionalValue("dapr.sidecar.host", String.class).orElse("127.0.0.1");
        this.httpPort = config.getValue("dapr.sidecar.http-port", Integer.class);
        this.grpcPort = config.getValue("dapr.sidecar.grpc-port", Integer.class);
        // Set where the sidecar requires an API token (Kubernetes: DAPR_API_TOKEN from the secret
        // of dapr.io/api-token-secret); one server per pod there, so the process-wide variable is right.
        this.apiToken = config.getOptionalValue("dapr.api.token", String.class).filter(token -> !token.isBlank());
        // The token the sidecar presents when it calls the application (APP_API_TOKEN, which is
        // also what Dapr's Kubernetes injector sets from dapr.io/app-token-secret).
        this.appToken = config.getOptionalValue("app.api.token", String.class).filter(token -> !token.isBlank());
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

    /** SDK properties that bind a Dapr SDK client or runtime to this sidecar (not to {@code DAPR_*}). */
    public Properties sdkProperties() {
        Map<String, String> properties = new HashMap<>(Map.of(
                Properties.SIDECAR_IP.getName(), host,
                Properties.HTTP_PORT.getName(), String.valueOf(httpPort),
                Properties.GRPC_PORT.getName(), String.valueOf(grpcPort)));
        apiToken.ifPresent(token -> properties.put(Properties.API_TOKEN.getName(), token));
        return new Properties(properties);
    }

    /** The token every call to the sidecar's API carries (header {@code dapr-api-token}), if it requires one. */
    public Optional<String> apiToken() {
        return apiToken;
    }

    /** The token the sidecar sends with its calls to the application, if it was given one. */
    public Optional<String> appToken() {
        return appToken;
    }

    /** The sidecar's HTTP API, e.g. {@code http://127.0.0.1:3500/v1.0/healthz/outbound}. */
    public URI httpEndpoint(String path) {
        return URI.create("http://" + host + ":" + httpPort + path);
    }
}
