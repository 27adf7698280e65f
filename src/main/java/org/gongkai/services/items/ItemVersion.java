package org.gongkai.services.items;

import java.time.Instant;

/**
 * One saved version of an item's guide: its number (1 = the import), where it stands, the whole content, the author's
 * note, who saved it and when, and who reviewed it, when and why (the reason of a rejection).
 */
public record ItemVersion(long id, long itemId, int version, VersionStatus status, ItemContent content, String note,
        String createdBy, Instant createdAt, String reviewedBy, Instant reviewedAt, String reviewNote) {}
