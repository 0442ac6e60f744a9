package dev.daprshop.order.interfaces;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/** order-service's limits (MicroProfile Config of this WAR: {@code order.max-quantity}, default 100). */
@ApplicationScoped
public class OrderSettings {

    private final int maxQuantity = ConfigProvider.getConfig(OrderSettings.class.getClassLoader())
            .getOptionalValue("order.max-quantity", Integer.class).orElse(100);

    public int maxQuantity() {
        return maxQuantity;
    }
}
