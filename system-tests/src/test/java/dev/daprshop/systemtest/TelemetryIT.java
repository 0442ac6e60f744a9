package dev.daprshop.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.daprshop.systemtest.MetricsStore.Sample;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Metrics and logs beside the traces: after an order, the metrics store holds series of every
 * service and sidecar and of the control plane, and the business metrics; the order's trace id
 * finds log lines of all three services in the log store, each with its span id; a warning
 * logged while handling a request carries that request's trace and span id; vmalert evaluates
 * every alert rule against the local metrics without error; the dashboard's request duration panel
 * links to the slowest requests in the log store, each with its trace.
 */
@MicroShedTest
@ExtendWith(RequiresRunningSystem.class)
public class TelemetryIT {

    private static final Set<String> SERVICES = Set.of("order-service", "inventory-service", "payment-service");
    /** Metrics leave Liberty every 10 s and are scraped every 10 s; logs are batched for a second. */
    private static final Duration ARRIVAL = Duration.ofSeconds(60);

    private final MetricsStore metrics = new MetricsStore(SystemPorts.url("metrics.port"));
    private final LogStore logs = new LogStore(SystemPorts.url("logs.port"));

    @Test
    void afterAnOrderEveryServiceEverySidecarAndTheControlPlaneHaveMetricsInTheStore() throws Exception {
        completedOrder();

        // Liberty's HTTP server metrics, named by service (app_id) like the sidecars' series (one
        // server's OTLP locally, each service's own server through the collector in containers).
        assertThat(appIds(awaitSeries("sum by (app_id) (http_server_request_duration_seconds_count)",
                samples -> appIds(samples).containsAll(SERVICES)))).containsAll(SERVICES);
        assertThat(appIds(awaitSeries("up{service_name=\"daprd\"} == 1", samples -> appIds(samples).containsAll(SERVICES))))
                .containsAll(SERVICES);
        // Through OTLP (local) a counter's name ends in _total; scraped straight from daprd (containers, a cluster) it does not.
        assertThat(awaitSeries("{__name__=~\"dapr_runtime_workflow_execution_count(_total)?\", app_id=\"order-service\"}",
                samples -> !samples.isEmpty()))
                .isNotEmpty();
        // Liberty's JVM (mpMetrics, scraped): heap and the default executor's threads.
        assertThat(awaitSeries("memory_usedHeap_bytes{service_name=\"liberty\"} > 0", samples -> !samples.isEmpty())).isNotEmpty();
        assertThat(awaitSeries("threadpool_size{service_name=\"liberty\", pool=\"Default_Executor\"} > 0",
                samples -> !samples.isEmpty())).isNotEmpty();
        for (String controlPlane : List.of("placement", "scheduler")) {
            assertThat(awaitSeries("up{service_name=\"" + controlPlane + "\"} == 1", samples -> !samples.isEmpty()))
                    .as(controlPlane).isNotEmpty();
        }
    }

    @Test
    void theSagaReportsItsOutcomeDurationAndPaymentAsBusinessMetrics() throws Exception {
        String completed = "sum(daprshop_orders_total{order_status=\"COMPLETED\", app_id=\"order-service\"})";
        String timed = "sum(daprshop_order_duration_seconds_count{order_status=\"COMPLETED\"})";
        String approved = "sum(daprshop_payments_total{payment_status=\"APPROVED\", app_id=\"payment-service\"})";
        // Liberty records an asynchronous resource's request when it goes asynchronous: status 200, not the 202 sent.
        String posted = "sum(http_server_request_duration_seconds_count{app_id=\"order-service\", http_route=\"/orders\","
                + " http_request_method=\"POST\"})";
        String held = "sum(daprshop_stock_units_total{stock_operation=\"held\", app_id=\"inventory-service\"})";
        String sold = "sum(daprshop_stock_units_total{stock_operation=\"sold\", app_id=\"inventory-service\"})";
        Map<String, Double> before = new HashMap<>();
        for (String query : List.of(completed, timed, approved, posted, held, sold)) {
            before.put(query, total(metrics.query(query)));
        }

        completedOrder();

        // Each counts this order: the sums grow (a restarted server starts series of its own).
        for (String query : before.keySet()) {
            assertThat(total(awaitSeries(query, samples -> total(samples) > before.get(query)))).as(query)
                    .isGreaterThan(before.get(query));
        }
    }

    @Test
    void theOrdersTraceIdFindsLogLinesOfAllThreeServices() throws Exception {
        String traceId = completedOrder();

        List<JsonObject> lines = await(() -> logs.ofTrace(traceId),
                found -> services(found).containsAll(SERVICES) && hops(found).contains("order-service POST /orders"),
                "log lines of " + SERVICES + " and the access log of POST /orders in trace " + traceId);

        assertThat(lines).allSatisfy(line -> {
            assertThat(line.getString("trace_id")).isEqualTo(traceId);
            assertThat(line.getString("span_id")).matches("[0-9a-f]{16}");
        });
        assertThat(lines).extracting(line -> line.getString("_msg"))
                .anySatisfy(message -> assertThat(message).contains("accepted"))
                .anySatisfy(message -> assertThat(message).contains("stock held"))
                .anySatisfy(message -> assertThat(message).contains("payment APPROVED"));
        // Liberty's access log: every HTTP hop into a service, in the same trace.
        assertThat(hops(lines)).contains("order-service POST /orders", "inventory-service POST /reservations");
    }

    /** The trace's access log records, as "service METHOD /path". */
    private static List<String> hops(List<JsonObject> lines) {
        return lines.stream().filter(line -> "liberty_accesslog".equals(line.getString("io.openliberty.type", "")))
                .map(line -> line.getString("service.name", "?") + " " + line.getString("http.request.method", "?") + " "
                        + line.getString("io.openliberty.access_log.url.path", "?"))
                .toList();
    }

    @Test
    void aWarningLoggedWhileHandlingARequestCarriesItsTraceAndSpanId() throws Exception {
        // An unreadable event, delivered as payment-service's sidecar would, inside a trace of ours.
        String traceId = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        String parentSpan = HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
        Map<String, String> headers = new HashMap<>(Shop.appHeaders("payment"));
        headers.put("traceparent", "00-" + traceId + "-" + parentSpan + "-01");

        Shop.send("POST", Shop.PAYMENTS + "/events/orders", "{\"unexpected\": true}", headers);

        List<JsonObject> lines = await(() -> logs.ofTrace(traceId), found -> !found.isEmpty(), "a log line in trace " + traceId);
        JsonObject warning = lines.get(0);
        assertThat(warning.getString("_msg")).contains("unreadable");
        assertThat(warning.getString("severity_text")).isEqualTo("WARNING");
        assertThat(warning.getString("service.name")).isEqualTo("payment-service");
        assertThat(warning.getString("span_id")).matches("[0-9a-f]{16}").isNotEqualTo(parentSpan);
    }

    @Test
    void theDashboardLinksASlowRouteToTheTracesBehindIt() throws Exception {
        completedOrder();
        String link = slowRequestsLink();
        assertThat(link).startsWith(SystemPorts.url("logs.port") + "/select/vmui/#/?");
        // What the logs UI shows behind the link, over the range it opens with.
        String logsql = "_time:15m " + parameter(link, "query");

        List<JsonObject> slowest = await(() -> logs.query(logsql), found -> !found.isEmpty(), "the slowest requests: " + logsql);

        List<Long> durations = slowest.stream().map(row -> Long.parseLong(row.getString("duration_ms"))).toList();
        assertThat(durations).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(slowest).allSatisfy(row -> {
            assertThat(row.getString("service.name")).isIn(SERVICES);
            assertThat(row.getString("trace")).matches(Pattern.quote(SystemPorts.zipkin() + "/zipkin/traces/") + "[0-9a-f]{32}");
        });
        String slowestTrace = slowest.get(0).getString("trace").replaceAll(".*/", "");
        assertThat(new TraceStore(SystemPorts.zipkin()).awaitTrace(slowestTrace, spans -> !spans.isEmpty(), ARRIVAL))
                .as("the slowest request's trace").isNotEmpty();
    }

    /** The link in the description of the dashboard's request duration panel, as vmui serves it. */
    private static String slowRequestsLink() throws Exception {
        String body = Shop.send("GET", SystemPorts.url("metrics.port") + "/vmui/custom-dashboards", null, Map.of()).body();
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            String description = reader.readObject().getJsonArray("dashboardsSettings").getValuesAs(JsonObject.class).stream()
                    .flatMap(dashboard -> dashboard.getJsonArray("rows").getValuesAs(JsonObject.class).stream())
                    .flatMap(row -> row.getJsonArray("panels").getValuesAs(JsonObject.class).stream())
                    .filter(panel -> panel.getString("title").startsWith("Request duration"))
                    .findFirst().orElseThrow().getString("description");
            Matcher markdownLink = Pattern.compile("\\]\\((http[^)\\s]+)\\)").matcher(description);
            assertThat(markdownLink.find()).as("a link in: " + description).isTrue();
            return markdownLink.group(1);
        }
    }

    /** One parameter of the query string in a link's fragment (vmui's router reads it there). */
    private static String parameter(String link, String name) {
        return Arrays.stream(link.substring(link.indexOf("#/?") + 3).split("&"))
                .filter(pair -> pair.startsWith(name + "="))
                .map(pair -> URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + link));
    }

    @Test
    void everyAlertRuleIsEvaluatedAgainstTheLocalMetricsWithoutError() throws Exception {
        String rulesUrl = SystemPorts.url("alerts.port") + "/api/v1/rules";

        List<JsonObject> rules = await(() -> rules(rulesUrl), found -> !found.isEmpty()
                && found.stream().allMatch(rule -> !rule.getString("lastEvaluation", "").startsWith("0001")),
                "evaluated alert rules at " + rulesUrl);

        // The local rules here; in containers the cluster's, whose sidecar alerts are DaprSidecarNotReady and ...MetricsDown.
        assertThat(rules).extracting(rule -> rule.getString("name")).contains("ServiceErrorRateHigh", "OrdersSlow")
                .anyMatch(name -> name.startsWith("DaprSidecar"));
        // Whether one fires depends on what the tests before did (ResiliencyIT stops a sidecar).
        assertThat(rules).allSatisfy(rule -> assertThat(rule.getString("health")).as(rule.getString("name")).isEqualTo("ok"));
    }

    private static List<JsonObject> rules(String url) throws Exception {
        String body = Shop.send("GET", url, null, Map.of()).body();
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject().getJsonObject("data").getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                    .flatMap(group -> group.getJsonArray("rules").getValuesAs(JsonObject.class).stream()).toList();
        }
    }

    private static String completedOrder() throws InterruptedException {
        String product = Shop.newProduct();
        Shop.putStock(product, 5, "2");
        JsonObject accepted = Shop.placeOrder(product, 1).json();
        assertThat(Shop.awaitFinal(accepted.getString("orderId")).getString("status")).isEqualTo("COMPLETED");
        return accepted.getString("traceId");
    }

    private List<Sample> awaitSeries(String promql, Predicate<List<Sample>> complete) throws Exception {
        return await(() -> metrics.query(promql), complete, "series of " + promql);
    }

    private static <T, E extends Exception> T await(Eventually.Read<T, E> read, Predicate<T> complete, String what)
            throws E, InterruptedException {
        return Eventually.within(ARRIVAL).every(Duration.ofMillis(500)).until(what, read, complete);
    }

    private static double total(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::value).sum();
    }

    private static Set<String> appIds(List<Sample> samples) {
        return samples.stream().map(sample -> sample.labels().get("app_id")).collect(Collectors.toSet());
    }

    private static Set<String> services(List<JsonObject> lines) {
        return lines.stream().map(line -> line.getString("service.name", "")).collect(Collectors.toSet());
    }
}
