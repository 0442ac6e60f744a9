package dev.daprshop.dapr.jobs;

import java.util.concurrent.CompletionStage;

/**
 * Runs the jobs whose names start with {@link #prefix()}: a CDI bean implementing this is found by
 * {@link JobCallbacksResource}. A failed stage makes daprd try the trigger again.
 */
public interface JobHandler {

    String prefix();

    CompletionStage<Void> run(String name, String data);
}
