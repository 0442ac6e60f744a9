package dev.daprshop.systemtest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;
import org.yaml.snakeyaml.Yaml;

/**
 * Where the metrics and logs of the system in containers go, as in a cluster: the collector sends
 * the logs to VictoriaLogs (k8s/base) and serves Liberty's OTLP metrics for scraping; a metrics
 * store scrapes it, every sidecar, placement, scheduler and each Liberty's JVM (what the monitoring
 * component's PodMonitors ask the cluster's Prometheus for), with the labels the local run gives
 * them; vmalert evaluates the cluster's alert rules against it; vmui shows the project's dashboard.
 */
final class ContainerTelemetry {

    static final int METRICS_PORT = 8428;
    static final int LOGS_PORT = 9428;
    static final int ALERTS_PORT = 8880;

    private final Path root;
    private final Network network;
    private final List<String> services;

    ContainerTelemetry(Path root, Network network, List<String> services) {
        this.root = root;
        this.network = network;
        this.services = services;
    }

    /** The log store the cluster runs (k8s/base/observability/victorialogs.yaml), with its arguments. */
    GenericContainer<?> logStore(DockerImageName image) {
        return new GenericContainer<>(image)
                .withNetwork(network)
                .withNetworkAliases("victorialogs")
                .withCommand("-storageDataPath=/data", "-retentionPeriod=7d", "-httpListenAddr=:" + LOGS_PORT)
                .withExposedPorts(LOGS_PORT)
                .waitingFor(Wait.forHttp("/health").forPort(LOGS_PORT));
    }

    /** VictoriaMetrics scraping the system, with the dashboards in {@code dashboards} (rendered for this run's ports). */
    GenericContainer<?> metricsStore(DockerImageName image, Path dashboards) throws IOException {
        GenericContainer<?> store = new GenericContainer<>(image)
                .withNetwork(network)
                .withNetworkAliases("victoriametrics")
                .withCopyToContainer(Transferable.of(scrapeConfig()), "/etc/victoriametrics/scrape.yaml")
                .withCommand("-storageDataPath=/data", "-httpListenAddr=:" + METRICS_PORT,
                        "-promscrape.config=/etc/victoriametrics/scrape.yaml", "-search.latencyOffset=1s",
                        "-search.cacheTimestampOffset=1s", "-vmui.customDashboardsPath=/dashboards",
                        "-vmalert.proxyURL=http://vmalert:" + ALERTS_PORT)
                .withExposedPorts(METRICS_PORT)
                .waitingFor(Wait.forHttp("/health").forPort(METRICS_PORT));
        try (Stream<Path> files = Files.list(dashboards)) {
            files.forEach(file -> store.withCopyFileToContainer(MountableFile.forHostPath(file), "/dashboards/" + file.getFileName()));
        }
        return store;
    }

    /**
     * vmalert with the cluster's alert rules (the groups of k8s/components/monitoring's
     * PrometheusRule): this topology's series have the cluster's names (sidecar counters scraped
     * straight from daprd, without the _total that OTLP adds locally) and service_name per service.
     */
    @SuppressWarnings("unchecked")
    GenericContainer<?> alerts(DockerImageName image) throws IOException {
        Map<String, Object> rule;
        try (Reader reader = Files.newBufferedReader(root.resolve("k8s/components/monitoring/prometheusrule.yaml"))) {
            rule = (Map<String, Object>) new Yaml().load(reader);
        }
        String groups = new Yaml().dumpAsMap(Map.of("groups", ((Map<String, Object>) rule.get("spec")).get("groups")));
        return new GenericContainer<>(image)
                .withNetwork(network)
                .withNetworkAliases("vmalert")
                .withCopyToContainer(Transferable.of(groups), "/etc/vmalert/alerts.yaml")
                .withCommand("-httpListenAddr=:" + ALERTS_PORT, "-rule=/etc/vmalert/alerts.yaml", "-evaluationInterval=15s",
                        "-datasource.url=http://victoriametrics:" + METRICS_PORT,
                        "-remoteWrite.url=http://victoriametrics:" + METRICS_PORT, "-notifier.blackhole", "-disableAlertgroupLabel")
                .withExposedPorts(ALERTS_PORT)
                .waitingFor(Wait.forHttp("/health").forPort(ALERTS_PORT));
    }

    /**
     * The targets and their labels: as runtime/otelcol/config.yaml scrapes them locally (a sidecar
     * labels its own series with app_id; every target says its process in service_name), plus the
     * collector's Prometheus endpoint, where Liberty's OTLP metrics are in this topology.
     */
    private String scrapeConfig() {
        StringBuilder yaml = new StringBuilder("""
                global:
                  scrape_interval: 10s
                  scrape_timeout: 5s
                scrape_configs:
                  - job_name: otel-collector
                    honor_labels: true
                    static_configs:
                      - targets: ["otel-collector:8889"]
                  - job_name: placement
                    static_configs:
                      - targets: ["placement:9090"]
                        labels: {service_name: placement}
                  - job_name: scheduler
                    static_configs:
                      - targets: ["scheduler:9090"]
                        labels: {service_name: scheduler}
                """);
        yaml.append("  - job_name: daprd\n    honor_labels: true\n    static_configs:\n");
        for (String service : services) {
            yaml.append("      - targets: [\"").append(service).append("-dapr:9090\"]\n")
                    .append("        labels: {service_name: daprd, app_id: ").append(service).append("-service}\n");
        }
        yaml.append("  - job_name: liberty\n    static_configs:\n");
        for (String service : services) {
            yaml.append("      - targets: [\"").append(service).append("-app:9080\"]\n")
                    .append("        labels: {service_name: liberty, app_id: ").append(service).append("-service}\n");
        }
        return yaml.toString();
    }

    /** The project's dashboards with this run's links (scripts/slow_requests.py writes them, as ./shop up does). */
    Path dashboards(Path output, int logsPort, int zipkinPort) throws IOException, InterruptedException {
        Path target = output.resolve("dashboards");
        ProcessBuilder render = new ProcessBuilder("python3", root.resolve("scripts/slow_requests.py").toString(), "dashboards",
                root.resolve("runtime/victoriametrics/dashboards").toString(), target.toString()).inheritIO();
        render.environment().put("LOGS_PORT", String.valueOf(logsPort));
        render.environment().put("ZIPKIN_PORT", String.valueOf(zipkinPort));
        if (render.start().waitFor() != 0) {
            throw new IllegalStateException("scripts/slow_requests.py could not write the dashboards");
        }
        return target;
    }
}
