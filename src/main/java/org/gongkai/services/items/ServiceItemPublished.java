package org.gongkai.services.items;

/**
 * A version of an item's guide was approved and is now what the portal shows (past tense, no personal data). The
 * import publishes its items without this event (their first versions); search follows both through its feed.
 */
@org.springframework.modulith.NamedInterface("events")
public record ServiceItemPublished(String code, int version) {}
