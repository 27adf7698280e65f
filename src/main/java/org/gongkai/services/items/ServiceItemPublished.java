package org.gongkai.services.items;

/**
 * A version of an item's guide is now what the portal shows (past tense, no personal data): an approved version, or
 * the first version of an imported item (the import is the reviewed act). The site search follows it through its
 * index feed (decision 032) and reads the guide from {@link PublishedGuides}.
 */
@org.springframework.modulith.NamedInterface("events")
public record ServiceItemPublished(long itemId, String code, int version) {}
