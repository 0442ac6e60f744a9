package dev.daprshop.systemtest;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a system test only when it has a system to talk to: the locally started topology, named
 * by MicroShed's {@code microshed_hostname} (as {@code ./shop test} sets it), or with
 * {@code -Dsystem=containers} the one {@link ContainerSystem} starts where a Docker engine runs.
 * Without one the test is skipped with a reason instead of failing on a missing server or Docker engine.
 */
public class RequiresRunningSystem implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("containers".equals(System.getProperty("system"))) {
            return ContainerSystem.ensureStarted();
        }
        String host = System.getProperty("microshed_hostname", System.getenv("microshed_hostname"));
        if (host != null && !host.isBlank()) {
            return ConditionEvaluationResult.enabled("running system at " + host);
        }
        return ConditionEvaluationResult.disabled(
                "no running system: start it with ./shop up and set microshed_hostname, or run ./shop test");
    }
}
