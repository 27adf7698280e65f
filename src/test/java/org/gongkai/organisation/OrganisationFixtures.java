package org.gongkai.organisation;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.gongkai.TestActors.TestActor;
import org.gongkai.common.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test data with unique names and valid credit codes (tests must not assume an empty database). */
final class OrganisationFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OrganisationFixtures() {}

    static String newCreditCode() {
        StringBuilder s = new StringBuilder("9199");
        while (s.length() < 17) {
            s.append(CreditCodes.ALPHABET.charAt(RANDOM.nextInt(CreditCodes.ALPHABET.length())));
        }
        return CreditCodes.complete(s.toString());
    }

    static String unique(String prefix) {
        return prefix + Long.toString(Math.abs(RANDOM.nextLong()), 36);
    }

    static UnitDetails unit(String name, Long parentId) {
        return new UnitDetails(newCreditCode(), name, null, UnitType.DEPARTMENT, parentId, null, "地址", "工作日",
                "0123-0000000", null, null);
    }

    static StaffDetails staff(long unitId) {
        return new StaffDetails(unique("t"), "测试人员", "13912345678", true, Set.of(unitId));
    }

    /** Runs {@code work} with a signed-in actor holding {@code role} in {@code unitId}. */
    static <T> T as(Role role, long unitId, Supplier<T> work) {
        var actor = new TestActor(-1, "test-" + role.name().toLowerCase(), "测试", Map.of(unitId, Set.of(role)));
        var auth = new UsernamePasswordAuthenticationToken(actor, null, Set.of(new SimpleGrantedAuthority(role.authority())));
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
