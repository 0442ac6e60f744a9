package dev.daprshop.dapr.async;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What went wrong, without the wrappers that asynchronous stages put around it. */
public final class Failures {

    private Failures() {
    }

    /** The failure inside any {@link CompletionException} or {@link ExecutionException} layers. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
