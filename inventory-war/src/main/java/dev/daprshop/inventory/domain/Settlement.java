package dev.daprshop.inventory.domain;

/**
 * How an order's hold on one product ended: sold, given back, given back by the reminder (it ran
 * out), sold and then taken back, or never held. A product's actor keeps it per order, so a late or
 * repeated call gets the same answer.
 */
public enum Settlement { SOLD, RELEASED, EXPIRED, RETURNED, NONE }
