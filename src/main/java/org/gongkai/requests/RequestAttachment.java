package org.gongkai.requests;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row the requests pages show. */
public record RequestAttachment(long id, String fileId, String name, String mediaType, long size, String uploadedBy) {}
