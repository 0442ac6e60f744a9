package dev.daprshop.order.application.saga;

import io.dapr.durabletask.Task;
import io.dapr.workflows.WorkflowContext;
import io.dapr.workflows.WorkflowTaskOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.helpers.NOPLogger;

/**
 * A workflow context that answers from a script: each activity (by its registered name) and each
 * external event gets a scripted task, and every call is recorded. Only what a workflow of this
 * service may call is supported.
 */
final class ScriptedWorkflowContext implements WorkflowContext {

    /** One call of an activity: its name, input and options. */
    record ActivityCall(String name, Object input, WorkflowTaskOptions options) {
    }

    /** One wait for an external event: its name and timeout. */
    record EventWait(String name, Duration timeout) {
    }

    private final Object input;
    private final boolean replaying;
    private final Map<String, Function<Object, Task<?>>> activities = new HashMap<>();
    private final Map<String, Task<?>> events = new HashMap<>();
    private final List<ActivityCall> calls = new ArrayList<>();
    private final List<EventWait> waits = new ArrayList<>();
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    ScriptedWorkflowContext(Object input, boolean replaying) {
        this.input = input;
        this.replaying = replaying;
    }

    ScriptedWorkflowContext answering(Class<?> activity, Function<Object, Task<?>> answer) {
        activities.put(activity.getName(), answer);
        return this;
    }

    ScriptedWorkflowContext answering(Class<?> activity, Task<?> answer) {
        return answering(activity, in -> answer);
    }

    ScriptedWorkflowContext raising(String event, Task<?> answer) {
        events.put(event, answer);
        return this;
    }

    List<ActivityCall> calls() {
        return calls;
    }

    List<String> steps() {
        return calls.stream().map(call -> call.name().substring(call.name().lastIndexOf('.') + 1)).toList();
    }

    ActivityCall lastCall() {
        return calls.get(calls.size() - 1);
    }

    List<EventWait> waits() {
        return waits;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> Task<V> callActivity(String name, Object activityInput, WorkflowTaskOptions options, Class<V> returnType) {
        calls.add(new ActivityCall(name, activityInput, options));
        now = now.plusMillis(100);
        Function<Object, Task<?>> answer = activities.get(name);
        if (answer == null) {
            throw new AssertionError("unscripted activity " + name);
        }
        return (Task<V>) answer.apply(activityInput);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> Task<V> waitForExternalEvent(String name, Duration timeout, Class<V> dataType) {
        waits.add(new EventWait(name, timeout));
        now = now.plusSeconds(1);
        Task<?> answer = events.get(name);
        if (answer == null) {
            throw new AssertionError("unscripted event " + name);
        }
        return (Task<V>) answer;
    }

    @Override
    public <V> V getInput(Class<V> targetClass) {
        return targetClass.cast(input);
    }

    @Override
    public Instant getCurrentInstant() {
        return now;
    }

    @Override
    public boolean isReplaying() {
        return replaying;
    }

    @Override
    public Logger getLogger() {
        return NOPLogger.NOP_LOGGER;
    }

    @Override
    public String getName() {
        return OrderWorkflow.class.getName();
    }

    @Override
    public String getInstanceId() {
        throw unsupported();
    }

    @Override
    public void complete(Object output) {
        throw unsupported();
    }

    @Override
    public <V> Task<Void> waitForExternalEvent(String name, Duration timeout) {
        throw unsupported();
    }

    @Override
    public <V> Task<Void> waitForExternalEvent(String name) {
        throw unsupported();
    }

    @Override
    public <V> Task<List<V>> allOf(List<Task<V>> tasks) {
        throw unsupported();
    }

    @Override
    public Task<Task<?>> anyOf(List<Task<?>> tasks) {
        throw unsupported();
    }

    @Override
    public Task<Void> createTimer(Duration duration) {
        throw unsupported();
    }

    @Override
    public Task<Void> createTimer(ZonedDateTime zonedDateTime) {
        throw unsupported();
    }

    @Override
    public <V> Task<V> callChildWorkflow(String name, Object childInput, String instanceId, WorkflowTaskOptions options,
                                         Class<V> returnType) {
        throw unsupported();
    }

    @Override
    public void continueAsNew(Object newInput, boolean preserveUnprocessedEvents) {
        throw unsupported();
    }

    @Override
    public void setCustomStatus(Object status) {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("not used by the order saga");
    }
}
