package dev.daprshop.systemtest;

import io.dapr.testcontainers.Component;
import io.dapr.testcontainers.DaprContainer;
import io.dapr.testcontainers.DaprContainerConstants;
import io.dapr.testcontainers.DaprPlacementContainer;
import io.dapr.testcontainers.DaprSchedulerContainer;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.microshed.testing.testcontainers.ApplicationContainer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.lifecycle.Startable;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;
import org.yaml.snakeyaml.Yaml;

/**
 * The whole system in containers, for {@code -Dsystem=containers} (Maven profile {@code containers})
 * where a Docker engine runs: each service's image built from its Containerfile and run as a
 * MicroShed {@link ApplicationContainer}, each beside its own {@link DaprContainer} sidecar; Dapr's
 * Sentry, placement and scheduler (secured: mTLS, {@link SecuredDapr}), Redis, the OpenTelemetry Collector with the cluster's configuration,
 * Zipkin and the mail server, with the images k8s/ deploys. Components are the local ones
 * ({@link ContainerComponents}).
 *
 * <p>Started once per test JVM. It then sets the system properties that {@code ./shop test} passes
 * for the local topology to the containers' mapped ports, so every system test runs unchanged,
 * MicroShed in its manually-started mode against the containers. Testcontainers removes the
 * containers when the JVM ends; their logs are in {@code target/containers/}.
 */
final class ContainerSystem {

    private static final Path ROOT = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    private static final Path OUTPUT = Path.of("target", "containers").toAbsolutePath();
    private static final List<String> SERVICES = List.of("order", "inventory", "payment");
    private static final int APP_PORT = 9080;
    /** The issuer of the admin API's tokens for the system in containers. */
    private static final KeyPair ISSUER = Tokens.issuer();

    private static ConditionEvaluationResult state;
    private static RuntimeException failure;

    private static ContainerSystem running;

    private final Network network = Network.newNetwork();
    private final List<GenericContainer<?>> started = new ArrayList<>();
    private final Map<String, DaprContainer> sidecars = new LinkedHashMap<>();
    private final Map<String, ApplicationContainer> apps = new LinkedHashMap<>();
    private final List<Pod> replicas = new ArrayList<>();
    private final Map<String, ImageFromDockerfile> images = new LinkedHashMap<>();
    private PodInputs inputs;

    private ContainerSystem() {
    }

    /** Enabled once the system runs; disabled, with the one-line reason, without a Docker engine. */
    static synchronized ConditionEvaluationResult ensureStarted() {
        if (failure != null) {
            throw failure;
        }
        if (state == null) {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                String reason = "container-based system tests skipped: no Docker engine found by Testcontainers "
                        + "(./shop test runs the same tests against the locally started system)";
                System.out.println("[system-tests] " + reason);
                state = ConditionEvaluationResult.disabled(reason);
            } else {
                try {
                    ContainerSystem system = new ContainerSystem();
                    state = ConditionEvaluationResult.enabled(system.start());
                    running = system;
                } catch (IOException | InterruptedException | RuntimeException e) {
                    failure = new IllegalStateException("the container-based system did not start: " + e, e);
                    throw failure;
                }
            }
        }
        return state;
    }

    private String start() throws IOException, InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        Files.createDirectories(OUTPUT);
        try (var logs = Files.newDirectoryStream(OUTPUT, "*.log")) {   // this run's logs only
            for (Path log : logs) {
                Files.delete(log);
            }
        }
        // The sidecars' shared name resolution (SQLite, as locally): this run's instances only.
        Path names = Files.createDirectories(OUTPUT.resolve("nameresolution"));
        try (var files = Files.newDirectoryStream(names)) {
            for (Path file : files) {
                Files.delete(file);
            }
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("redis-password", random(16));
        secrets.put("payment-gateway-key", random(32));
        String secretsJson = "{" + String.join(", ", secrets.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"").toList()) + "}";
        Path secretsFile = Files.writeString(OUTPUT.resolve("secrets.json"), secretsJson);
        // A Dapr API token and an app API token per service (as the cluster's Secrets hold them), and
        // order-service's order id key: in the format of ./shop's tokens file, for the tests.
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String service : SERVICES) {
            tokens.put(service + "-dapr-api-token", random(24));
            tokens.put(service + "-app-api-token", random(24));
        }
        tokens.put("order-id-key", random(32));
        Path tokensFile = Files.writeString(OUTPUT.resolve("tokens.json"), "{" + String.join(", ", tokens.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"").toList()) + "}");
        String dapr = daprVersion();

        GenericContainer<?> redis = backing("redis", "backing/redis.yaml", 6379)
                .withCopyToContainer(Transferable.of("requirepass " + secrets.get("redis-password")
                        + "\nnotify-keyspace-events KEA\nsave \"\"\nappendonly no\n"), "/tmp/redis.conf")
                .withCommand("redis-server", "/tmp/redis.conf")
                .waitingFor(Wait.forListeningPort());
        GenericContainer<?> zipkin = backing("zipkin", "observability/zipkin.yaml", 9411)
                .withEnv("STORAGE_TYPE", "mem")
                .waitingFor(Wait.forHttp("/health"));
        GenericContainer<?> collector = backing("otel-collector", "observability/otel-collector.yaml", 13133)
                .withCopyFileToContainer(MountableFile.forHostPath(
                        ROOT.resolve("k8s/base/observability/otel-collector-config.yaml")), "/etc/otelcol/config.yaml")
                .withCommand("--config=/etc/otelcol/config.yaml")
                .withEnv("ZIPKIN_ENDPOINT", "http://zipkin:9411/api/v2/spans")
                .withEnv("LOGS_ENDPOINT", "http://victorialogs:" + ContainerTelemetry.LOGS_PORT + "/insert/opentelemetry/v1/logs")
                .waitingFor(Wait.forHttp("/").forPort(13133));
        GenericContainer<?> mail = backing("mail", "backing/mail.yaml", 8080)
                .withEnv("GREENMAIL_OPTS", "-Dgreenmail.setup.test.smtp -Dgreenmail.hostname=0.0.0.0 "
                        + "-Dgreenmail.auth.disabled -Dgreenmail.api.hostname=0.0.0.0 -Dgreenmail.api.port=8080")
                .waitingFor(Wait.forHttp("/api/service/readiness").forPort(8080));
        // Secured as ./shop up runs it: Sentry first, then everything of Dapr trusting its CA.
        Path componentsDir = ROOT.resolve("components");
        GenericContainer<?> sentry = SecuredDapr.sentry(daprImage(dapr, "daprio/sentry"), network,
                ContainerComponents.configuration(componentsDir, "order"));
        ContainerTelemetry telemetry = new ContainerTelemetry(ROOT, network, SERVICES);
        GenericContainer<?> logStore = telemetry.logStore(LocalImages.standIn(manifestImage(
                ROOT.resolve("k8s/base/observability/victorialogs.yaml"))));
        run(redis, zipkin, mail, sentry, logStore);
        String trustAnchors = SecuredDapr.trustAnchors(sentry);
        DaprPlacementContainer placement = new SecuredDapr.Placement(daprImage(dapr, DaprContainerConstants.DAPR_PLACEMENT_IMAGE_TAG), trustAnchors);
        placement.withNetwork(network).withNetworkAliases("placement");
        DaprSchedulerContainer scheduler = new SecuredDapr.Scheduler(daprImage(dapr, DaprContainerConstants.DAPR_SCHEDULER_IMAGE_TAG), trustAnchors);
        scheduler.withNetwork(network).withNetworkAliases("scheduler");
        String victoria = "docker.io/victoriametrics/%s:" + victoriaMetricsVersion();
        GenericContainer<?> metricsStore = telemetry.metricsStore(LocalImages.standIn(victoria.formatted("victoria-metrics")),
                telemetry.dashboards(OUTPUT, logStore.getMappedPort(ContainerTelemetry.LOGS_PORT), zipkin.getMappedPort(9411)));
        GenericContainer<?> alerts = telemetry.alerts(LocalImages.standIn(victoria.formatted("vmalert")));
        run(placement, scheduler, collector, metricsStore, alerts);

        inputs = new PodInputs(dapr, ContainerComponents.read(componentsDir, secrets), componentsDir, trustAnchors,
                placement, scheduler, tokens, secretsJson, subnet());
        for (String service : SERVICES) {
            Pod pod = pod(service, 1);
            sidecars.put(service, pod.sidecar());
            apps.put(service, pod.app());
        }
        run(sidecars.values().toArray(GenericContainer[]::new));
        run(apps.values().toArray(GenericContainer[]::new));

        String host = apps.get("order").getHost();
        publish("microshed_hostname", host);
        publish("microshed_http_port", apps.get("order").getMappedPort(APP_PORT));
        publish("inventory.http.port", apps.get("inventory").getMappedPort(APP_PORT));
        publish("payment.http.port", apps.get("payment").getMappedPort(APP_PORT));
        publish("order.dapr.http.port", sidecars.get("order").getHttpPort());
        publish("inventory.dapr.http.port", sidecars.get("inventory").getHttpPort());
        publish("payment.dapr.http.port", sidecars.get("payment").getHttpPort());
        publish("zipkin.port", zipkin.getMappedPort(9411));
        publish("metrics.port", metricsStore.getMappedPort(ContainerTelemetry.METRICS_PORT));
        publish("logs.port", logStore.getMappedPort(ContainerTelemetry.LOGS_PORT));
        publish("alerts.port", alerts.getMappedPort(ContainerTelemetry.ALERTS_PORT));
        publish("redis.port", redis.getMappedPort(6379));
        publish("mail.api.port", mail.getMappedPort(8080));
        publish("secrets.file", secretsFile);
        publish("tokens.file", tokensFile);
        publish("admin.token", Tokens.signed(ISSUER, "inventory-admin"));
        publish("payment.admin.token", Tokens.signed(ISSUER, "payment-admin"));
        publish("other.token", Tokens.signed(ISSUER, "customer"));
        publish("microshed_manual_env", true);
        return "the system in containers on " + host + " (logs in " + OUTPUT + ")";
    }

    /** What every pod is made of, kept for the replicas a test adds later. */
    private record PodInputs(String daprVersion, List<ContainerComponents.Scoped> components, Path componentsDir,
                             String trustAnchors, DaprPlacementContainer placement, DaprSchedulerContainer scheduler,
                             Map<String, String> tokens, String secretsJson, String subnet) {
    }

    /** One replica of a service, as a pod of its Deployment: the app and its sidecar (named as their network aliases). */
    record Pod(String name, DaprContainer sidecar, ApplicationContainer app) {

        List<GenericContainer<?>> containers() {
            return List.of(app, sidecar);
        }
    }

    /** Replica {@code replica} (from 1) of the service's pod, not started yet. */
    private Pod pod(String service, int replica) throws IOException {
        String suffix = replica == 1 ? "" : "-" + replica;
        // A fixed address that a restart keeps, as a pod's localhost is: by name, the app's gRPC
        // channel (and the other sidecars' mDNS cache) kept the old address or backed off for
        // minutes after the sidecar came back with a new one.
        String sidecarAddress = inputs.subnet() + (200 + 10 * (replica - 1) + SERVICES.indexOf(service));
        String appId = service + "-service";
        Map<String, String> tokens = inputs.tokens();
        DaprContainer sidecar = new SecuredDapr.Sidecar(daprImage(inputs.daprVersion(), DaprContainerConstants.DAPR_RUNTIME_IMAGE_TAG),
                ContainerComponents.configuration(inputs.componentsDir(), service), inputs.trustAnchors())
                .withAppName(appId)
                .withAppPort(APP_PORT)
                .withAppChannelAddress(service + "-app" + suffix)
                .withPlacementContainer(inputs.placement())
                .withSchedulerContainer(inputs.scheduler());
        // As files in the sidecar's resources directory: testcontainers-dapr's own YAML writer
        // fails on these components (a ClassCastException inside SnakeYAML 2.0). It is given one
        // component of its own all the same: with none, it writes in-memory "pubsub" and
        // "kvstore" components over the real ones.
        inputs.components().stream().filter(c -> c.loadedBy(appId)).forEach(c -> sidecar.withCopyToContainer(
                Transferable.of(c.yaml()), "/dapr-resources/" + c.name() + ".yaml"));
        sidecar.withComponent(new Component("unused-scratch", "state.in-memory", "v1", Map.of()));
        // The sidecar reaches its application by its network alias: no tunnel to the host
        // (testcontainers-dapr asks for one, whose sshd image cannot be pulled here).
        sidecar.withAccessToHost(false);
        sidecar.withNetwork(network).withNetworkAliases(service + "-dapr" + suffix)
                .withCreateContainerCmdModifier(create -> create.withIpv4Address(sidecarAddress))
                .withEnv("DAPR_API_TOKEN", tokens.get(service + "-dapr-api-token"))
                .withEnv("APP_API_TOKEN", tokens.get(service + "-app-api-token"))
                .withFileSystemBind(OUTPUT.resolve("nameresolution").toString(), ContainerComponents.NAME_RESOLUTION_DIR)
                .withCopyToContainer(Transferable.of(inputs.secretsJson()), ContainerComponents.SECRETS_FILE)
                .withCopyFileToContainer(MountableFile.forHostPath(ROOT.resolve("components/resiliency.yaml")),
                        "/dapr-resources/resiliency.yaml");
        ApplicationContainer app = app(service, service + "-app" + suffix)
                .withEnv("DAPR_SIDECAR_HOST", sidecarAddress)
                .withEnv("DAPR_API_TOKEN", tokens.get(service + "-dapr-api-token"))
                .withEnv("APP_API_TOKEN", tokens.get(service + "-app-api-token"))
                .withEnv("ORDER_ID_KEY", tokens.get("order-id-key"));
        return new Pod(service + "-service" + suffix, sidecar, app);
    }

    /** Starts one more replica of the service (sidecar, then app) and waits until it is ready. */
    static Pod addReplica(String service) throws IOException {
        ContainerSystem system = running;
        Pod pod;
        synchronized (system) {
            int replica = 2 + (int) system.replicas.stream().filter(p -> p.name().startsWith(service + "-service-")).count();
            pod = system.pod(service, replica);
            system.replicas.add(pod);
        }
        system.run(pod.sidecar());
        system.run(pod.app());
        return pod;
    }

    /** Kills a replica's app and sidecar at once (SIGKILL), as a node failure would. */
    static void kill(Pod pod) {
        for (GenericContainer<?> container : pod.containers()) {
            DockerClientFactory.instance().client().killContainerCmd(container.getContainerId()).exec();
        }
    }

    /** Removes an added replica (killed or not). */
    static void remove(Pod pod) {
        synchronized (running) {
            running.replicas.remove(pod);
            running.started.removeAll(pod.containers());
        }
        pod.containers().forEach(Startable::stop);
    }

    /** The first three parts of the containers' network's IPv4 subnet (a /24 from podman), with the dot. */
    private String subnet() {
        String cidr = DockerClientFactory.instance().client().inspectNetworkCmd().withNetworkId(network.getId()).exec()
                .getIpam().getConfig().get(0).getSubnet();
        if (!cidr.endsWith(".0/24")) {
            throw new IllegalStateException("the containers' network is " + cidr + ": a /24 was expected");
        }
        return cidr.substring(0, cidr.length() - "0/24".length());
    }

    /** The service's image from its Containerfile, built with just the files it copies. */
    private ApplicationContainer app(String service, String alias) {
        Path war = ROOT.resolve(service + "-war/target/" + service + ".war");
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("no " + war + ": build the WARs first "
                    + "(mvn package -DskipTests -pl order-war,inventory-war,payment-war -am)");
        }
        ImageFromDockerfile image = images.computeIfAbsent(service, name -> image(name, war));
        String prefix = service.toUpperCase();
        return new ApplicationContainer(image)
                .withHttpPort(APP_PORT)
                .withAppContextRoot("/")
                .withReadinessPath("/health/ready", 300)
                .withNetwork(network)
                .withNetworkAliases(alias)
                .withEnv(prefix + "_DAPR_HTTP_PORT", "3500")
                .withEnv(prefix + "_DAPR_GRPC_PORT", "50001")
                .withEnv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4318")
                .withEnv("OTEL_SERVICE_NAME", service + "-service")
                // The admin API's tokens: issued by this test's own key pair (published as admin.token, ...).
                .withEnv("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER)
                .withEnv("MP_JWT_VERIFY_PUBLICKEY", Tokens.pem(ISSUER));
    }

    /** The service's image, built once per run and shared by its replicas. */
    private static ImageFromDockerfile image(String service, Path war) {
        ImageFromDockerfile image = new ImageFromDockerfile("localhost/daprshop-" + service + "-service-test", true)
                .withFileFromPath("Containerfile", ROOT.resolve("Containerfile"))
                .withFileFromPath("liberty-config/shared.xml", ROOT.resolve("liberty-config/shared.xml"))
                .withFileFromPath("liberty-config/per-service/server.xml", ROOT.resolve("liberty-config/per-service/server.xml"))
                .withFileFromPath("liberty-config/per-service/jvm.options", ROOT.resolve("liberty-config/per-service/jvm.options"))
                .withFileFromPath(service + "-war/target/" + service + ".war", war)
                .withDockerfilePath("Containerfile")
                .withBuildArg("SERVICE", service);
        if (LocalImages.ON) {
            image.withBuildArg("BASE", LocalImages.LIBERTY);
        }
        return image;
    }

    /** A container of an image k8s/base deploys, on this system's network under the same name. */
    private GenericContainer<?> backing(String alias, String manifest, int port) throws IOException {
        return new GenericContainer<>(LocalImages.standIn(manifestImage(ROOT.resolve("k8s/base").resolve(manifest))))
                .withNetwork(network)
                .withNetworkAliases(alias)
                .withExposedPorts(port);
    }

    /** Starts the containers in parallel; each one's output goes to target/containers/NAME.log. */
    private synchronized void run(GenericContainer<?>... containers) {
        Startables.deepStart(containers).join();
        for (GenericContainer<?> container : containers) {
            started.add(container);
            String name = container.getNetworkAliases().get(container.getNetworkAliases().size() - 1);
            container.followOutput(frame -> append(OUTPUT.resolve(name + ".log"), frame.getUtf8String()));
        }
    }

    /** Whether the tests run against this system (then {@link ShopControl} stops and starts its containers). */
    static synchronized boolean isRunning() {
        return running != null;
    }

    /**
     * Stops one component as {@code ./shop stop} does locally: {@code daprd-SERVICE} is that
     * service's sidecar container, {@code liberty} the three service containers. Each container
     * keeps its network alias and published ports, so a start brings back the same topology.
     */
    static void stopComponent(String component) {
        running.containersOf(component).forEach(container ->
                DockerClientFactory.instance().client().stopContainerCmd(container.getContainerId()).withTimeout(10).exec());
    }

    /** Starts one component again and waits (up to 3 minutes) until it answers its health check. */
    static void startComponent(String component) throws InterruptedException {
        for (GenericContainer<?> container : running.containersOf(component)) {
            DockerClientFactory.instance().client().startContainerCmd(container.getContainerId()).exec();
        }
        for (GenericContainer<?> container : running.containersOf(component)) {
            String health = container instanceof DaprContainer sidecar
                    ? "http://" + sidecar.getHost() + ":" + sidecar.getHttpPort() + "/v1.0/healthz"
                    : "http://" + container.getHost() + ":" + container.getMappedPort(APP_PORT) + "/health/live";
            Eventually.within(java.time.Duration.ofMinutes(3)).every(java.time.Duration.ofMillis(500))
                    .until(component + " healthy at " + health, () -> status(health), code -> code >= 200 && code < 300);
        }
    }

    private List<GenericContainer<?>> containersOf(String component) {
        if (component.equals("liberty")) {
            return List.copyOf(apps.values());
        }
        DaprContainer sidecar = component.startsWith("daprd-") ? sidecars.get(component.substring("daprd-".length())) : null;
        if (sidecar == null) {
            throw new IllegalArgumentException("no component " + component + " in the container topology (daprd-SERVICE or liberty)");
        }
        return List.of(sidecar);
    }

    private static int status(String url) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                    .timeout(java.time.Duration.ofSeconds(2)).build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private synchronized void stop() {
        List<GenericContainer<?>> running = new ArrayList<>(started);
        Collections.reverse(running);
        running.forEach(Startable::stop);
    }

    private static void append(Path log, String line) {
        try {
            Files.writeString(log, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void publish(String property, Object value) {
        System.setProperty(property, String.valueOf(value));
    }

    /** The Dapr runtime the project pins (runtime/dapr/go.mod), for the sidecar and control plane images. */
    private static String daprVersion() throws IOException {
        return Files.readAllLines(ROOT.resolve("runtime/dapr/go.mod")).stream()
                .map(String::trim)
                .filter(line -> line.startsWith("github.com/dapr/dapr "))
                .map(line -> line.split("\\s+")[1].substring(1))
                .findFirst().orElseThrow(() -> new IllegalStateException("no github.com/dapr/dapr in runtime/dapr/go.mod"));
    }

    /** The VictoriaMetrics the project builds (runtime/victoriametrics/go.mod), for the metrics store and vmalert. */
    private static String victoriaMetricsVersion() throws IOException {
        return Files.readAllLines(ROOT.resolve("runtime/victoriametrics/go.mod")).stream()
                .map(String::trim)
                .filter(line -> line.startsWith("github.com/VictoriaMetrics/VictoriaMetrics "))
                .map(line -> line.split("\\s+")[1])
                .findFirst().orElseThrow(() -> new IllegalStateException("no VictoriaMetrics in runtime/victoriametrics/go.mod"));
    }

    /** A Dapr image at the project's version, in place of testcontainers-dapr's own (1.16.0) tag. */
    private static DockerImageName daprImage(String version, String moduleDefault) {
        DockerImageName image = DockerImageName.parse(moduleDefault);
        return LocalImages.ON ? LocalImages.dapr(image, version) : image.withTag(version).asCompatibleSubstituteFor(image);
    }

    @SuppressWarnings("unchecked")
    private static String manifestImage(Path manifest) throws IOException {
        try (Reader reader = Files.newBufferedReader(manifest)) {
            for (Object document : new Yaml().loadAll(reader)) {
                Map<String, Object> resource = (Map<String, Object>) document;
                if ("Deployment".equals(resource.get("kind")) || "StatefulSet".equals(resource.get("kind"))) {
                    Map<String, Object> template = (Map<String, Object>) ((Map<String, Object>) resource.get("spec")).get("template");
                    List<Map<String, Object>> containers = (List<Map<String, Object>>) ((Map<String, Object>) template.get("spec")).get("containers");
                    return (String) containers.get(0).get("image");
                }
            }
        }
        throw new IllegalStateException("no Deployment or StatefulSet in " + manifest);
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
