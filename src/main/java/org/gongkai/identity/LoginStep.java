package org.gongkai.identity;

/** What a user must still do after a correct password before the session is fully authenticated. */
public enum LoginStep {
    /** Enter a TOTP code or a recovery code. */
    TOTP("/login/totp"),
    /** TOTP is required but not yet set up: enrol now. */
    ENROL_TOTP("/login/totp/enrol"),
    /** The password expired or was set by an administrator: choose a new one. */
    CHANGE_PASSWORD("/login/password");

    private final String path;

    LoginStep(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
