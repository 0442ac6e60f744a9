package dev.daprshop.payment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.dapr.exceptions.DaprException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ReceiptMailTest {

    private final ReceiptMail mail = new ReceiptMail();

    @Test
    void aSendThatTimedOutMayHaveGoneOut() {
        assertThat(mail.mayHaveGoneOut(new CompletionException(new TimeoutException()))).isTrue();
        assertThat(mail.mayHaveGoneOut(new DaprException("DEADLINE_EXCEEDED", "deadline exceeded", (Throwable) null))).isTrue();
    }

    @Test
    void aSendTheBindingRefusedDidNotGoOut() {
        assertThat(mail.mayHaveGoneOut(new DaprException("INTERNAL", "error invoking output binding", (Throwable) null))).isFalse();
        assertThat(mail.mayHaveGoneOut(new CompletionException(new IllegalStateException("refused")))).isFalse();
    }
}
