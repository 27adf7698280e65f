package org.gongkai.requests.api;

import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.RateLimits;
import org.springframework.stereotype.Component;

/**
 * Rate-limits status lookups by source address (GETs are outside identity's POST rate limit): guessing
 * access codes is slowed to {@value #PER_MINUTE} tries a minute per address, across every instance
 * ({@link RateLimits} keeps the buckets in the database).
 */
@Component
class LookupThrottle {

    static final int PER_MINUTE = 30;
    private final RateLimits limits;

    LookupThrottle(RateLimits limits) {
        this.limits = limits;
    }

    void check(String address) {
        if (!limits.tryConsume("requests status lookup", address, PER_MINUTE)) {
            throw new GongkaiException(ErrorCode.RATE_LIMITED);
        }
    }
}
