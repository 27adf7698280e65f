package org.gongkai.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.junit.jupiter.api.Test;

class AdministratorSeparationPolicyTest {

    @Test
    void refusesASecondAdministratorRoleForTheSamePerson() {
        for (Role held : Role.ADMINISTRATORS) {
            for (Role granted : Role.ADMINISTRATORS) {
                if (held != granted) {
                    assertThatThrownBy(() -> AdministratorSeparationPolicy.enforce(List.of(held), granted))
                            .isInstanceOfSatisfying(GongkaiException.class,
                                    e -> assertThat(e.code()).isEqualTo(ErrorCode.ROLE_CONFLICT));
                }
            }
        }
    }

    @Test
    void allowsTheSameAdministratorRoleInAnotherUnit() {
        assertThat(AdministratorSeparationPolicy.refusal(List.of(Role.SYSTEM_ADMIN), Role.SYSTEM_ADMIN)).isEmpty();
    }

    @Test
    void allowsBusinessRolesAlongsideAnAdministratorRole() {
        assertThat(AdministratorSeparationPolicy.refusal(List.of(Role.AUDIT_ADMIN), Role.EDITOR)).isEmpty();
        assertThat(AdministratorSeparationPolicy.refusal(List.of(Role.EDITOR, Role.LEADER), Role.SECURITY_ADMIN))
                .isEmpty();
    }

    @Test
    void refusalNamesTheRoleAlreadyHeld() {
        var refusal = AdministratorSeparationPolicy.refusal(List.of(Role.AUDIT_ADMIN), Role.SYSTEM_ADMIN);
        assertThat(refusal).get().extracting(Throwable::getMessage).asString().contains("审计管理员", "系统管理员");
    }
}
