package dev.daprshop.systemtest;

import java.util.Map;
import org.testcontainers.utility.DockerImageName;

/**
 * Where no image registry is reachable ({@code -Dcontainers.images=local}, as {@code ./shop test
 * --containers} runs), the images scripts/containers.sh builds stand in for the ones k8s/ deploys:
 * the same versions of the same programs (the project's own Dapr, collector and VictoriaMetrics builds, the Zipkin and
 * GreenMail jars from Maven Central), Redis from Debian, and Open Liberty minified from Maven Central
 * as the services' base.
 */
final class LocalImages {

    static final boolean ON = "local".equals(System.getProperty("containers.images"));
    static final String LIBERTY = "localhost/daprshop/liberty:java17";

    /** Upstream repository (as the manifests name it) to the local repository of the same program. */
    private static final Map<String, String> STAND_INS = Map.of(
            "docker.io/openzipkin/zipkin", "localhost/daprshop/zipkin",
            "docker.io/greenmail/standalone", "localhost/daprshop/greenmail",
            "docker.io/otel/opentelemetry-collector-contrib", "localhost/daprshop/otelcol",
            "docker.io/victoriametrics/victoria-logs", "localhost/daprshop/victoria-logs",
            "docker.io/victoriametrics/victoria-metrics", "localhost/daprshop/victoria-metrics",
            "docker.io/victoriametrics/vmalert", "localhost/daprshop/vmalert");

    private LocalImages() {
    }

    /** The image to run for one a manifest names: itself, or its local stand-in of the same version. */
    static DockerImageName standIn(String manifestImage) {
        DockerImageName upstream = DockerImageName.parse(manifestImage);
        if (!ON) {
            return upstream;
        }
        String repository = upstream.getRegistry().isEmpty() ? upstream.getRepository()
                : upstream.getRegistry() + "/" + upstream.getRepository();
        if (repository.equals("docker.io/library/redis")) {
            return DockerImageName.parse("localhost/daprshop/redis:bookworm").asCompatibleSubstituteFor(upstream);
        }
        String local = STAND_INS.get(repository);
        if (local == null) {
            throw new IllegalStateException("no local stand-in for " + manifestImage + " (scripts/containers.sh images builds them)");
        }
        return DockerImageName.parse(local + ":" + upstream.getVersionPart()).asCompatibleSubstituteFor(upstream);
    }

    /** A Dapr image (daprio/daprd, daprio/placement, daprio/scheduler) of the project's own build. */
    static DockerImageName dapr(DockerImageName upstream, String version) {
        String name = upstream.getRepository().substring(upstream.getRepository().lastIndexOf('/') + 1);
        return DockerImageName.parse("localhost/daprshop/" + name + ":" + version).asCompatibleSubstituteFor(upstream);
    }
}
