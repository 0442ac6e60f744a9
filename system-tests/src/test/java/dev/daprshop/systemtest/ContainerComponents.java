package dev.daprshop.systemtest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The Dapr components of local runs ({@code components/*.yaml}) pointed at the containers, as
 * {@code ./shop up} points them at its ports: Redis and the mail server by their network aliases,
 * the secrets file where the sidecar containers hold it, and the values of {@code secretKeyRef}s
 * written in (no secret store is needed to resolve them; this run's secrets are
 * random and live only as long as its containers).
 */
final class ContainerComponents {

    static final String SECRETS_FILE = "/dapr-secrets/secrets.json";
    static final String NAME_RESOLUTION_DIR = "/dapr-nameresolution";

    /** A component (its YAML) and the app ids whose sidecars load it (empty: all). */
    record Scoped(String name, String yaml, List<String> scopes) {

        boolean loadedBy(String appId) {
            return scopes.isEmpty() || scopes.contains(appId);
        }
    }

    private ContainerComponents() {
    }

    static List<Scoped> read(Path componentsDir, Map<String, String> secrets) throws IOException {
        List<Scoped> components = new ArrayList<>();
        try (Stream<Path> files = Files.list(componentsDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Map<String, Object> resource = load(file);
                if ("Component".equals(resource.get("kind"))) {
                    components.add(toContainers(resource, secrets));
                }
            }
        }
        return components;
    }

    /**
     * A sidecar's Configuration: the local one ({@code components/config.yaml}: tracing, mTLS,
     * access control, SQLite name resolution) sending spans to the collector by its network alias,
     * resolving app ids through one SQLite file every sidecar container mounts at
     * {@link #NAME_RESOLUTION_DIR} (mDNS kept a killed replica's address for minutes), and that
     * service's secret scopes as {@code ./shop}'s render_resources writes them: only
     * payment-service reads a secret, its gateway key.
     */
    @SuppressWarnings("unchecked")
    static String configuration(Path componentsDir, String service) throws IOException {
        Map<String, Object> resource = load(componentsDir.resolve("config.yaml"));
        ((Map<String, Object>) resource.get("metadata")).put("name", "daprshop-" + service);
        Map<String, Object> spec = (Map<String, Object>) resource.get("spec");
        ((Map<String, Object>) ((Map<String, Object>) spec.get("tracing")).get("otel")).put("endpointAddress", "otel-collector:4317");
        ((Map<String, Object>) ((Map<String, Object>) spec.get("nameResolution")).get("configuration"))
                .put("connectionString", NAME_RESOLUTION_DIR + "/nameresolution.db");
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("storeName", "localsecretstore");
        scope.put("defaultAccess", "deny");
        scope.put("allowedSecrets", service.equals("payment") ? List.of("payment-gateway-key") : List.of());
        spec.put("secrets", Map.of("scopes", List.of(scope)));
        return new Yaml().dumpAsMap(resource);
    }

    /** The component with its values for the containers, as YAML for the sidecar's resources directory. */
    @SuppressWarnings("unchecked")
    private static Scoped toContainers(Map<String, Object> resource, Map<String, String> secrets) {
        String name = (String) ((Map<String, Object>) resource.get("metadata")).get("name");
        Map<String, Object> spec = (Map<String, Object>) resource.get("spec");
        String type = (String) spec.get("type");
        List<Map<String, Object>> metadata = new ArrayList<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) spec.getOrDefault("metadata", List.of())) {
            String key = (String) item.get("name");
            Map<String, String> secretRef = (Map<String, String>) item.get("secretKeyRef");
            String value = secretRef != null ? secrets.get(secretRef.get("key")) : String.valueOf(item.get("value"));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", key);
            entry.put("value", inContainers(type, key, value));
            metadata.add(entry);
        }
        spec.put("metadata", metadata);
        resource.remove("auth");   // secrets are written in: no secret store needed to resolve them
        List<String> scopes = (List<String>) resource.getOrDefault("scopes", List.of());
        return new Scoped(name, new Yaml().dumpAsMap(resource), scopes);
    }

    private static String inContainers(String type, String key, String value) {
        if (key.equals("secretsFile")) {
            return SECRETS_FILE;
        }
        if (type.equals("bindings.smtp") && key.equals("host")) {
            return "mail";
        }
        return value.replace("localhost:6379", "redis:6379");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return (Map<String, Object>) new Yaml().load(reader);
        }
    }
}
