package dev.daprshop.dapr.configuration;

import dev.daprshop.dapr.tracing.DaprApi;
import dev.daprshop.dapr.tracing.DaprCall;
import dev.daprshop.dapr.propagation.TraceContext;
import io.dapr.client.DaprClient;
import io.dapr.client.domain.ConfigurationItem;
import io.dapr.client.domain.SubscribeConfigurationResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import reactor.core.publisher.Flux;

/** The Dapr configuration store {@value #STORE}: read keys, and follow their changes. */
@ApplicationScoped
public class ConfigurationStore {

    public static final String STORE = "configstore";

    @Inject
    DaprClient dapr;

    @DaprCall(api = DaprApi.CONFIGURATION, operation = "get", component = STORE)
    public CompletionStage<Map<String, ConfigurationItem>> get(String... keys) {
        return dapr.getConfiguration(STORE, keys).contextWrite(TraceContext.reactor()).toFuture();
    }

    /** Changes of the keys as they happen; the first answer only confirms the subscription. */
    @DaprCall(api = DaprApi.CONFIGURATION, operation = "subscribe", component = STORE)
    public Flux<SubscribeConfigurationResponse> changes(String... keys) {
        return dapr.subscribeConfiguration(STORE, keys).contextWrite(TraceContext.reactor());
    }
}
