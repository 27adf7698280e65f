package org.gongkai.requests.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.springframework.stereotype.Component;

/**
 * Rate-limits status lookups by source address (GETs are outside identity's POST rate limit): guessing
 * access codes is slowed to {@value #PER_MINUTE} tries a minute per address.
 */
@Component
class LookupThrottle {

    static final int PER_MINUTE = 30;
    private static final int MAX_TRACKED = 50_000;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_TRACKED;
        }
    });

    void check(String address) {
        Bucket bucket = buckets.computeIfAbsent(address, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(PER_MINUTE).refillGreedy(PER_MINUTE, Duration.ofMinutes(1)).build())
                .build());
        if (!bucket.tryConsume(1)) {
            throw new GongkaiException(ErrorCode.RATE_LIMITED);
        }
    }
}
