package org.gongkai.identity;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.gongkai.common.TimeConfiguration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The first factor of the form login: asks {@link IdentityService} and turns refusals into the two
 * messages a user may see. An unknown user, inactive staff and a wrong password give the same message.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "用户名或密码错误";
    private static final DateTimeFormatter UNLOCK = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
            .withZone(TimeConfiguration.ZONE);

    private final IdentityService identity;

    PasswordAuthenticationProvider(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        LoginOutcome outcome = identity.verifyPassword(username, password);
        if (outcome instanceof LoginOutcome.Verified v) {
            var token = UsernamePasswordAuthenticationToken.authenticated(v.principal(), null,
                    v.principal().authorities());
            token.setDetails(new PasswordVerified(v.steps()));
            return token;
        }
        if (outcome instanceof LoginOutcome.Locked l) {
            throw new LockedException(lockedMessage(l.until()));
        }
        throw new BadCredentialsException(BAD_CREDENTIALS);
    }

    static String lockedMessage(Instant until) {
        return "登录失败次数过多，账户已锁定，将于 " + UNLOCK.format(until) + " 自动解锁";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Details of a password-verified authentication: the sign-in steps that remain. */
    record PasswordVerified(java.util.List<LoginStep> steps) implements java.io.Serializable {}
}
