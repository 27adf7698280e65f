package org.gongkai.identity;

import java.time.Instant;
import java.util.List;

/** The result of checking a username and password. */
public sealed interface LoginOutcome {

    /** Password correct; {@code steps} remain before the session is fully authenticated. */
    record Verified(AccountPrincipal principal, List<LoginStep> steps) implements LoginOutcome {}

    /** The account is locked until {@code until}. */
    record Locked(Instant until) implements LoginOutcome {}

    /** Unknown user, wrong password, inactive staff or no account: all look the same to the user. */
    record Refused() implements LoginOutcome {}
}
