package dev.daprshop.dapr.jobs;

import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.propagation.TraceContext;
import io.dapr.client.DaprPreviewClient;
import io.dapr.client.domain.ConstantFailurePolicy;
import io.dapr.client.domain.JobSchedule;
import io.dapr.client.domain.ScheduleJobRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * Dapr jobs of this application: the Dapr scheduler keeps them durably and, when one is due,
 * daprd calls {@code POST /job/<name>} on the application ({@link JobCallbacksResource}), which
 * hands it to the {@link JobHandler} of its name. A trigger the application fails is tried again
 * every {@link #RETRY_EVERY} for {@link #RETRIES} times, so a restart of the application does not
 * lose it.
 */
@ApplicationScoped
public class Jobs {

    static final Duration RETRY_EVERY = Duration.ofSeconds(10);
    static final int RETRIES = 60;

    @Inject
    DaprPreviewClient dapr;

    /**
     * Schedules job {@code name} (replacing one of that name) to run at {@code due} and once more
     * {@code then} later, with {@code data} (JSON) as its body.
     */
    @DaprCall(api = DaprApi.JOBS, operation = "schedule", component = "scheduler")
    public CompletionStage<Void> twice(String name, Instant due, Duration then, String data) {
        var request = new ScheduleJobRequest(name, JobSchedule.fromPeriod(then))
                .setDueTime(due)
                .setRepeat(2)
                .setOverwrite(true)
                .setData(data.getBytes(StandardCharsets.UTF_8))
                .setFailurePolicy(new ConstantFailurePolicy(RETRY_EVERY).setMaxRetries(RETRIES));
        return dapr.scheduleJob(request).contextWrite(TraceContext.reactor()).toFuture();
    }
}
