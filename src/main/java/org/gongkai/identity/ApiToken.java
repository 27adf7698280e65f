package org.gongkai.identity;

import java.time.Instant;

/**
 * A personal API token as listed (never the token itself: only its SM3 hash is stored).
 *
 * @param hint the first characters of the token, so its owner can tell tokens apart
 */
public record ApiToken(long id, long staffId, String name, String hint, Instant createdAt, Instant expiresAt,
        Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
