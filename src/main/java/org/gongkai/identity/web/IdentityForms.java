package org.gongkai.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The limits of the identity pages' fields, declared once: the pages read them for {@code maxlength} and
 * {@code required} ({@code layout/form :: plain(limitsOf=…)}) and the controllers refuse longer input.
 */
public final class IdentityForms {

    /** Longest password accepted anywhere (Argon2 takes any length; a bound keeps hashing cheap). */
    public static final int PASSWORD_MAX = 128;

    private IdentityForms() {}

    public record SignIn(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = PASSWORD_MAX) String password) {}

    /** A TOTP code (6 digits) or a recovery code. */
    public record Code(@NotBlank @Size(max = 20) String code) {}

    public record PasswordChange(@NotBlank @Size(max = PASSWORD_MAX) String currentPassword,
            @NotBlank @Size(max = PASSWORD_MAX) String password, @NotBlank @Size(max = PASSWORD_MAX) String confirm) {}

    public record NewToken(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 3) String days) {}

    /** Whether any value is longer than its field allows: the controllers refuse such a request. */
    static boolean tooLong(String value, int max) {
        return value != null && value.length() > max;
    }
}
