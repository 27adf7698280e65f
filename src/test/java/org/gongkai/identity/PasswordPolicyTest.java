package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(8, 3);

    @Test
    void refusesPasswordsShorterThanEightCharacters() {
        assertThat(policy.violations("Ab1!xyz")).anyMatch(r -> r.contains("至少为 8 位"));
    }

    @Test
    void refusesPasswordsWithOnlyTwoClasses() {
        assertThat(policy.violations("abcdefgh12")).anyMatch(r -> r.contains("至少 3 类"));
        assertThat(policy.violations("ABCDEFGH!!")).anyMatch(r -> r.contains("至少 3 类"));
    }

    @Test
    void acceptsAnyThreeOfTheFourClasses() {
        assertThat(policy.violations("Abcdefg1")).isEmpty();
        assertThat(policy.violations("abcdefg1!")).isEmpty();
        assertThat(policy.violations("ABCDEFG1!")).isEmpty();
        assertThat(policy.violations("Abcdefg!")).isEmpty();
    }

    @Test
    void refusesWhitespace() {
        assertThat(policy.violations("Abc defg1")).anyMatch(r -> r.contains("空格"));
    }

    @RepeatedTest(20)
    void generatedPasswordsSatisfyThePolicy() {
        assertThat(policy.violations(PasswordPolicy.randomStrongPassword())).isEmpty();
    }
}
