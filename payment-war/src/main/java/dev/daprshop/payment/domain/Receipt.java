package dev.daprshop.payment.domain;

import dev.daprshop.dapr.input.Ids;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The receipt mail of an approved payment, or the refund notice of a refunded one. The recipient is the customer's own address,
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
        return to(customerId).map(to -> new Receipt(to, "Your receipt for order " + plain(orderId),
                "<p>Thank you for your order " + escape(orderId) + ".</p>\n<p>Amount paid: " + escape(amount.toPlainString()) + "</p>\n"));
    }

    /** The notice of a refund (the order was cancelled after it was paid), with the reason; empty as for {@link #of}. */
    public static Optional<Receipt> refund(String orderId, String customerId, BigDecimal amount, String reason) {
        return to(customerId).map(to -> new Receipt(to, "Your refund for order " + plain(orderId),
                "<p>Your order " + escape(orderId) + " was cancelled (" + escape(String.valueOf(reason)) + ").</p>\n"
                        + "<p>Amount refunded: " + escape(amount.toPlainString()) + "</p>\n"));
    }

    /** The same mail, marked as sent again: an earlier attempt may have reached the customer. */
    public Receipt resent() {
        return new Receipt(to, subject + " (sent again)",
                "<p>We may have sent you this mail already; it is the same one, nothing happened twice.</p>\n" + html);
    }

    private static Optional<String> to(String customerId) {
        return customerId == null || !Ids.ID.matcher(customerId).matches()
                ? Optional.empty()
                : Optional.of(customerId + "@" + CUSTOMER_MAIL_DOMAIN);
    }

    private static String plain(String text) {
        return text.replaceAll("[\\p{Cntrl}]", "");
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
