package org.gongkai.identity;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.common.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and account policy (RULES §8), all under {@code gongkai.identity.*}.
 *
 * @param passwordMinLength    minimum password length (8)
 * @param passwordMinClasses   how many of the four classes upper/lower/digit/symbol a password needs (3)
 * @param passwordHistory      how many previous passwords may not be reused (5)
 * @param passwordMaxAge       how long a password of a role in {@code passwordExpiryRoles} stays valid (90 days)
 * @param passwordExpiryRoles  roles whose passwords expire (the three administrators)
 * @param maxFailedAttempts    failed sign-in attempts (password or second factor) before the account locks (5)
 * @param lockDuration         how long a locked account stays locked (30 minutes)
 * @param idleTimeout          idle session timeout (30 minutes)
 * @param totpRequiredRoles    roles that must use TOTP in addition to the three administrators, who always must
 * @param recoveryCodes        recovery codes issued with TOTP enrolment (10)
 * @param tokenMaxDays         longest validity of a personal API token (365 days)
 * @param rateLimitedPaths     path patterns whose POST requests are rate-limited per source address
 *                             (login and its steps by default; other modules add their public forms here)
 * @param rateLimitPerMinute   allowed POSTs per minute and source address on each rate-limited pattern (10)
 * @param sourceFailureLimit   failed sign-ins from one source address, over all accounts, after which that address
 *                             gets 429 on sign-in (20)
 * @param sourceFailureWindow  the window of {@code sourceFailureLimit} (10 minutes)
 */
@ConfigurationProperties("gongkai.identity")
public record IdentityProperties(
        @DefaultValue("8") int passwordMinLength,
        @DefaultValue("3") int passwordMinClasses,
        @DefaultValue("5") int passwordHistory,
        @DefaultValue("90d") Duration passwordMaxAge,
        @DefaultValue({"SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"}) Set<Role> passwordExpiryRoles,
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("30m") Duration lockDuration,
        @DefaultValue("30m") Duration idleTimeout,
        Set<Role> totpRequiredRoles,
        @DefaultValue("10") int recoveryCodes,
        @DefaultValue("365") int tokenMaxDays,
        @DefaultValue({"/login", "/login/**"}) List<String> rateLimitedPaths,
        @DefaultValue("10") int rateLimitPerMinute,
        @DefaultValue("20") int sourceFailureLimit,
        @DefaultValue("10m") Duration sourceFailureWindow) {

    public IdentityProperties {
        passwordExpiryRoles = passwordExpiryRoles == null ? Set.of() : Set.copyOf(passwordExpiryRoles);
        totpRequiredRoles = totpRequiredRoles == null ? Set.of() : Set.copyOf(totpRequiredRoles);
        rateLimitedPaths = rateLimitedPaths == null ? List.of() : List.copyOf(rateLimitedPaths);
    }

    /** Everyone holding one of these roles must sign in with TOTP: the 三员 always, plus the configured roles. */
    public Set<Role> effectiveTotpRoles() {
        Set<Role> roles = EnumSet.copyOf(Role.ADMINISTRATORS);
        roles.addAll(totpRequiredRoles);
        return roles;
    }
}
