package org.gongkai.identity;

import java.time.Instant;

/**
 * A staff member's credentials. {@code totpSecret} is SM4-encrypted ({@link org.gongkai.common.FieldCipher}).
 */
record Account(long staffId, String passwordHash, Instant passwordChangedAt, boolean mustChangePassword,
        int failedAttempts, Instant lockedUntil, String totpSecret, boolean totpEnabled, Long totpLastStep) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
