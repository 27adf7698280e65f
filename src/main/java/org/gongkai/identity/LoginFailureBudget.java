package org.gongkai.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A failure budget per source address across all accounts: after {@code source-failure-limit} failed sign-ins
 * (password or second factor, any account, unknown names included) within {@code source-failure-window},
 * that address gets 429 on every sign-in step until the window has passed — so one address cannot lock every
 * account by cycling through user names. In memory, per instance (like the rate limits).
 */
@Component
public class LoginFailureBudget {

    private static final int MAX_TRACKED = 50_000;
    private final IdentityProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                    return size() > MAX_TRACKED;
                }
            });

    LoginFailureBudget(IdentityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts a failed sign-in step from {@code source}. */
    public void failed(String source) {
        if (source == null) {
            return;
        }
        Instant now = clock.instant();
        Deque<Instant> times = failures.computeIfAbsent(source, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (times.size() > properties.sourceFailureLimit()) {
                times.removeFirst();
            }
        }
    }

    /** Whether {@code source} has used up its budget: the limit reached within the window. */
    public boolean exhausted(String source) {
        Deque<Instant> times = source == null ? null : failures.get(source);
        if (times == null) {
            return false;
        }
        Instant since = clock.instant().minus(properties.sourceFailureWindow());
        synchronized (times) {
            times.removeIf(t -> !t.isAfter(since));
            return times.size() >= properties.sourceFailureLimit();
        }
    }
}
