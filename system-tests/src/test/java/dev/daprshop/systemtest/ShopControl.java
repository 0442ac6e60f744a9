package dev.daprshop.systemtest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stops and starts single components, for tests of outages and restarts: of the locally started
 * system through {@code ./shop stop} and {@code ./shop start}, of the system in containers through
 * the container engine ({@link ContainerSystem}). As a JUnit condition it runs such a test only when
 * {@code ./shop test} said where the system's {@code shop} is ({@code shop.root}), or in containers.
 */
public class ShopControl implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("containers".equals(System.getProperty("system"))) {
            return ConditionEvaluationResult.enabled("components are containers of the container-based system");
        }
        String root = System.getProperty("shop.root", "");
        return root.isBlank()
                ? ConditionEvaluationResult.disabled("stops and starts components: runs under ./shop test (no shop.root given)")
                : ConditionEvaluationResult.enabled("components controlled by " + root + "/shop");
    }

    static void stop(String component) throws IOException, InterruptedException {
        if (ContainerSystem.isRunning()) {
            ContainerSystem.stopComponent(component);
            return;
        }
        shop("stop", component);
    }

    /** Starts the component and waits until it is healthy. */
    static void start(String component) throws IOException, InterruptedException {
        if (ContainerSystem.isRunning()) {
            ContainerSystem.startComponent(component);
            return;
        }
        shop("start", component);
    }

    private static void shop(String command, String component) throws IOException, InterruptedException {
        Path shop = Path.of(System.getProperty("shop.root"), "shop");
        Process process = new ProcessBuilder(shop.toString(), command, component).inheritIO().start();
        if (!process.waitFor(4, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./shop " + command + " " + component + " did not finish in 4 minutes");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("./shop " + command + " " + component + " failed with exit code " + process.exitValue());
        }
    }
}
