package dev.daprshop.payment.domain;

import dev.daprshop.dapr.input.Ids;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The receipt mail of an approved payment. The recipient is the customer's own address,
 * {@code <customerId>@customers.daprshop.test}, and only when the customer id is a plain id
 * ({@link Ids#ID}, which order-service enforces): one RFC 5322 address with nothing a mailer splits on
 * ({@code ;} {@code ,}), no second {@code @}, no line break. The body is HTML (Dapr's SMTP binding
 * sends {@code text/html}), so every value in it is escaped.
 */
public record Receipt(String to, String subject, String html) {

    /** Customers are mailed at {@code <customerId>@} this domain (the shop knows no addresses yet). */
    public static final String CUSTOMER_MAIL_DOMAIN = "customers.daprshop.test";

    /** Empty when the customer id could not be one plain local part (never mailed). */
    public static Optional<Receipt> of(String orderId, String customerId, BigDecimal amount) {
        if (customerId == null || !Ids.ID.matcher(customerId).matches()) {
            return Optional.empty();
        }
        String order = escape(orderId);
        return Optional.of(new Receipt(customerId + "@" + CUSTOMER_MAIL_DOMAIN,
                "Your receipt for order " + orderId.replaceAll("[\\p{Cntrl}]", ""),
                "<p>Thank you for your order " + order + ".</p>\n<p>Amount paid: " + escape(amount.toPlainString()) + "</p>\n"));
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
