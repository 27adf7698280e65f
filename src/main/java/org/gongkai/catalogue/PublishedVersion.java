package org.gongkai.catalogue;

import java.time.Instant;
import java.util.List;

/** One published version of a document, kept for ever (备案). */
public record PublishedVersion(long documentId, int version, String title, String summary, String documentNumber,
        String topic, InformationCategory category, String genre, List<String> keywords, String body,
        Instant publishedAt, String publishedBy) {}
