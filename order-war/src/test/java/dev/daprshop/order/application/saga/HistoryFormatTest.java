package dev.daprshop.order.application.saga;

import static org.assertj.core.api.Assertions.assertThat;

import dev.daprshop.order.application.Reservation;
import dev.daprshop.order.domain.OrderLine;
import io.dapr.durabletask.JacksonDataConverter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The placing step's answer is kept in workflow histories: in-flight workflows must read what was written before. */
class HistoryFormatTest {

    private final JacksonDataConverter json = new JacksonDataConverter();

    @Test
    void aReservationIsWrittenAsTheStepsAnswerAlwaysWas() {
        assertThat(json.serialize(Reservation.held(List.of(new OrderLine("p", 2, new BigDecimal("4.95"))))))
                .isEqualTo("{\"reserved\":true,\"lines\":[{\"productId\":\"p\",\"quantity\":2,\"unitPrice\":4.95}],\"reason\":null}");
        assertThat(json.serialize(Reservation.refused("none left")))
                .isEqualTo("{\"reserved\":false,\"lines\":null,\"reason\":\"none left\"}");
    }

    @Test
    void anAnswerOfBeforeIsRead() {
        assertThat(json.deserialize("{\"reserved\":false,\"lines\":null,\"reason\":\"none left\"}", Reservation.class))
                .isEqualTo(Reservation.refused("none left"));
    }
}
