package dev.daprshop.systemtest;

import io.dapr.testcontainers.DaprContainer;
import io.dapr.testcontainers.DaprPlacementContainer;
import io.dapr.testcontainers.DaprSchedulerContainer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * Dapr in containers as {@code ./shop up} runs it in secured mode: Sentry issues every sidecar its
 * mTLS identity, which the sidecars' access control decides by; placement and scheduler speak TLS
 * and trust Sentry's CA. testcontainers-dapr starts none of this, so its containers get the flags
 * here, after their own command is built.
 */
final class SecuredDapr {

    static final String SENTRY = "sentry:50001";
    private static final String CA_FILE = "/certs/ca.crt";
    private static final String CONFIG_FILE = "/dapr-config/config.yaml";

    private SecuredDapr() {
    }

    /** Sentry, generating its CA and issuer in the container (as locally, in .shop/certs) on first start. */
    static GenericContainer<?> sentry(DockerImageName image, Network network, String configYaml) {
        return new GenericContainer<>(image)
                .withNetwork(network)
                .withNetworkAliases("sentry")
                .withCopyToContainer(Transferable.of(configYaml), CONFIG_FILE)
                // Sentry watches the directory it writes its credentials to: it must exist.
                .withCommand("sh", "-c", "mkdir -p /certs && exec ./sentry --issuer-credentials /certs --trust-domain localhost"
                        + " --port 50001 --healthz-port 8080 --config " + CONFIG_FILE + " --enable-metrics=false")
                .withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/healthz").forPort(8080));
    }

    /** The CA a started Sentry trusts (PEM): every other Dapr container is given it. */
    static String trustAnchors(GenericContainer<?> sentry) {
        return sentry.copyFileFromContainer(CA_FILE, in -> new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    }

    /** A sidecar with the project's own Configuration (not testcontainers-dapr's) and mTLS. */
    static final class Sidecar extends DaprContainer {

        Sidecar(DockerImageName image, String configYaml, String trustAnchors) {
            super(image);
            withCopyToContainer(Transferable.of(configYaml), CONFIG_FILE);
            withEnv("DAPR_TRUST_ANCHORS", trustAnchors);
        }

        @Override
        protected void configure() {
            super.configure();
            setCommand(withFlags(getCommandParts(), "--config", CONFIG_FILE, "--enable-mtls", "--sentry-address", SENTRY));
        }
    }

    static final class Placement extends DaprPlacementContainer {

        Placement(DockerImageName image, String trustAnchors) {
            super(image);
            withCopyToContainer(Transferable.of(trustAnchors), CA_FILE);
        }

        @Override
        protected void configure() {
            super.configure();
            setCommand(withFlags(getCommandParts(), tlsFlags()));
        }
    }

    static final class Scheduler extends DaprSchedulerContainer {

        Scheduler(DockerImageName image, String trustAnchors) {
            super(image);
            withCopyToContainer(Transferable.of(trustAnchors), CA_FILE);
        }

        @Override
        protected void configure() {
            super.configure();
            setCommand(withFlags(getCommandParts(), tlsFlags()));
        }
    }

    private static String[] tlsFlags() {
        return new String[] {"--tls-enabled", "--trust-anchors-file", CA_FILE, "--sentry-address", SENTRY};
    }

    /** The command with each {@code --flag value} set: replaced where the command has the flag, else added. */
    static String[] withFlags(String[] command, String... flags) {
        List<String> parts = new ArrayList<>(Arrays.asList(command));
        for (int i = 0; i < flags.length; i++) {
            boolean hasValue = i + 1 < flags.length && !flags[i + 1].startsWith("--");
            int at = parts.indexOf(flags[i]);
            if (at < 0) {
                parts.add(flags[i]);
                if (hasValue) {
                    parts.add(flags[i + 1]);
                }
            } else if (hasValue) {
                parts.set(at + 1, flags[i + 1]);
            }
            if (hasValue) {
                i++;
            }
        }
        return parts.toArray(String[]::new);
    }
}
