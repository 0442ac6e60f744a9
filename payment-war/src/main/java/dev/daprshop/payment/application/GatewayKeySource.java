package dev.daprshop.payment.application;

import java.util.concurrent.CompletionStage;

/** The payment gateway's key, which signs each authorization; never logged or traced. */
public interface GatewayKeySource {

    CompletionStage<String> key();
}
