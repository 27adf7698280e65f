package org.gongkai.identity;

import java.time.Instant;

/** The result of checking a TOTP code or recovery code. */
public sealed interface SecondFactorOutcome {

    record Passed(boolean recoveryCodeUsed, int recoveryCodesLeft) implements SecondFactorOutcome {}

    record Refused() implements SecondFactorOutcome {}

    record Locked(Instant until) implements SecondFactorOutcome {}
}
