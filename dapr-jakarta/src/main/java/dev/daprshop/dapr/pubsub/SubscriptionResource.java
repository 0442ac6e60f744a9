package dev.daprshop.dapr.pubsub;

import dev.daprshop.dapr.security.FromSidecar;
import io.dapr.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /dapr/subscribe}: the subscriptions daprd asks for at start, declared by putting the
 * Dapr SDK's {@link Topic} annotation on a JAX-RS method. They are collected once from this
 * application's own beans: in the one-server deployment every WAR carries this class, and each
 * must answer with its own subscriptions only. Every dead-letter topic named there is subscribed
 * as well, to {@link DeadLetterResource}.
 *
 * <pre>{@code
 * @POST
 * @Path("/events/orders")
 * @Topic(pubsubName = "pubsub", name = "orders", deadLetterTopic = "orders-dead")
 * public Delivery onOrderCreated(OrderCreatedEvent event) { ... }
 * }</pre>
 */
@FromSidecar
@Path("/dapr/subscribe")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    @Inject
    BeanManager beans;

    private volatile List<Subscription> subscriptions;

    @GET
    public List<Subscription> subscriptions() {
        List<Subscription> found = subscriptions;
        if (found == null) {
            found = collect();
            subscriptions = found;
        }
        return found;
    }

    private List<Subscription> collect() {
        ClassLoader ownLoader = SubscriptionResource.class.getClassLoader();
        List<Subscription> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, jakarta.enterprise.inject.Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (type.getClassLoader() != ownLoader || !type.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                Topic topic = method.getAnnotation(Topic.class);
                if (topic != null) {
                    found.add(new Subscription(topic.pubsubName(), topic.name(), route(type, method),
                            topic.deadLetterTopic().isEmpty() ? null : topic.deadLetterTopic()));
                }
            }
        }
        // Each dead-letter topic is read too: what a subscription gave up on is recorded (DeadLetters).
        found.addAll(found.stream().filter(subscription -> subscription.deadLetterTopic() != null)
                .map(subscription -> new Subscription(subscription.pubsubname(), subscription.deadLetterTopic(),
                        DeadLetterResource.ROUTE + subscription.deadLetterTopic(), null))
                .distinct().toList());
        found.sort(Comparator.comparing(Subscription::topic));
        return List.copyOf(found);
    }

    static String route(Class<?> resource, Method method) {
        String base = resource.getAnnotation(Path.class).value();
        Path sub = method.getAnnotation(Path.class);
        String path = sub == null ? base : base + "/" + sub.value();
        return ("/" + path).replaceAll("/+", "/");
    }
}
