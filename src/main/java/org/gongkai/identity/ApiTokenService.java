package org.gongkai.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.common.Sm3;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: issued once (only the SM3 hash is stored), expiring, revocable, and accepted only
 * while the owner's account is usable — a locked, disabled or expired account's tokens stop at once,
 * because {@link #authenticateToken} checks the account on every request.
 */
@Service
public class ApiTokenService {

    public static final String TOKEN_PREFIX = "gk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final IdentityService identity;
    private final IdentityProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, IdentityService identity, IdentityProperties properties, AuditLog audit,
            Clock clock) {
        this.tokens = tokens;
        this.identity = identity;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token just issued: {@code token} is shown once and never stored. */
    public record IssuedToken(long id, String token, Instant expiresAt) {}

    @Transactional
    public IssuedToken issueToken(long staffId, String name, int days) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw GongkaiException.invalid("name", "请填写令牌名称（不超过 100 字）");
        }
        if (days < 1 || days > properties.tokenMaxDays()) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE,
                    "有效期应为 1 至 " + properties.tokenMaxDays() + " 天", "days");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(days));
        long id = tokens.insert(staffId, clean, Sm3.hex(token), token.substring(0, 8), now, expires);
        audit.success("TOKEN_ISSUED", "ApiToken", id, "staff " + staffId + ", " + days + " days");
        return new IssuedToken(id, token, expires);
    }

    /** The owner, or a security admin, revokes a token. */
    @Transactional
    public void revokeToken(Actor actor, long tokenId) {
        ApiToken token = tokens.find(tokenId).orElseThrow(GongkaiException::notFound);
        if (token.staffId() != actor.staffId() && !actor.hasRole(Role.SECURITY_ADMIN)) {
            throw GongkaiException.outOfScope("ApiToken", tokenId);
        }
        tokens.revoke(tokenId, clock.instant());
        audit.success("TOKEN_REVOKED", "ApiToken", tokenId, "staff " + token.staffId());
    }

    public List<ApiToken> tokensOf(long staffId) {
        return tokens.forStaff(staffId);
    }

    public List<ApiToken> allTokens() {
        return tokens.all();
    }

    /**
     * The principal for a presented bearer token, when the token is known, unexpired and unrevoked and its
     * owner's account is usable now (not locked, staff active, password neither expired nor to be changed).
     */
    public Optional<AccountPrincipal> authenticateToken(String presented) {
        if (presented == null || !presented.startsWith(TOKEN_PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByHash(Sm3.hex(presented))
                .filter(t -> t.activeAt(now))
                .flatMap(t -> identity.usablePrincipal(t.staffId()));
    }
}
