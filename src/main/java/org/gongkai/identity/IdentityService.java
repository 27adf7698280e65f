package org.gongkai.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.gongkai.audit.AuditLog;
import org.gongkai.audit.AuditLog.Outcome;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.common.Role;
import org.gongkai.organisation.StaffDirectory;
import org.gongkai.organisation.StaffDirectory.StaffView;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identity's application service: passwords, lockout, TOTP and recovery codes (API tokens: {@link ApiTokenService}). Every state
 * change is audited in the same transaction. Refusals of a sign-in are results ({@link LoginOutcome},
 * {@link SecondFactorOutcome}) so that the failure count and its audit record are committed.
 */
@Service
public class IdentityService {

    private static final String OBJECT = "Account";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final StaffDirectory staff;
    private final AccountRepository accounts;
    private final LockoutRepository lockouts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final IdentityProperties properties;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final Clock clock;
    private final String issuer;
    private volatile String dummyHash;

    IdentityService(StaffDirectory staff, AccountRepository accounts, LockoutRepository lockouts, PasswordEncoder encoder,
            PasswordPolicy policy, IdentityProperties properties, FieldCipher cipher, AuditLog audit, Clock clock,
            GongkaiProperties gongkai) {
        this.staff = staff;
        this.accounts = accounts;
        this.lockouts = lockouts;
        this.encoder = encoder;
        this.policy = policy;
        this.properties = properties;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.issuer = gongkai.siteName();
    }

    // ------------------------------------------------------------------ sign-in

    /** Checks a username and password; counts failures and locks the account after too many. */
    @Transactional
    public LoginOutcome verifyPassword(String username, String password) {
        String typed = username == null ? "" : username.trim();
        Optional<StaffView> found = typed.isEmpty() ? Optional.empty() : staff.findByUsername(typed);
        Optional<Account> account = found.filter(StaffView::active).flatMap(s -> accounts.find(s.id()));
        if (account.isEmpty()) {
            // Same work and same answer as a wrong password, so that probing reveals no usernames.
            encoder.matches(password == null ? "" : password, dummyHash());
            String why = found.isEmpty() ? "unknown user" : !found.get().active() ? "inactive staff" : "no account";
            audit.recordAs(typed, "LOGIN_FAILED", OBJECT, found.map(s -> String.valueOf(s.id())).orElse(null),
                    Outcome.FAILURE, why);
            return new LoginOutcome.Refused();
        }
        StaffView person = found.get();
        Account acc = account.get();
        Instant now = clock.instant();
        if (acc.lockedAt(now)) {
            audit.recordAs(typed, "LOGIN_FAILED", OBJECT, String.valueOf(acc.staffId()), Outcome.FAILURE, "account locked");
            return new LoginOutcome.Locked(acc.lockedUntil());
        }
        if (password == null || !encoder.matches(password, acc.passwordHash())) {
            audit.recordAs(typed, "LOGIN_FAILED", OBJECT, String.valueOf(acc.staffId()), Outcome.FAILURE, "wrong password");
            return registerFailure(typed, acc, now)
                    .<LoginOutcome>map(LoginOutcome.Locked::new)
                    .orElseGet(LoginOutcome.Refused::new);
        }
        return new LoginOutcome.Verified(AccountPrincipal.of(person), remainingSteps(person, acc, now));
    }

    List<LoginStep> remainingSteps(StaffView person, Account acc, Instant now) {
        List<LoginStep> steps = new ArrayList<>();
        if (acc.totpEnabled()) {
            steps.add(LoginStep.TOTP);
        } else if (totpRequired(person)) {
            steps.add(LoginStep.ENROL_TOTP);
        }
        if (acc.mustChangePassword() || passwordExpired(person, acc, now)) {
            steps.add(LoginStep.CHANGE_PASSWORD);
        }
        return steps;
    }

    boolean totpRequired(StaffView person) {
        return holdsAny(person, properties.effectiveTotpRoles());
    }

    private boolean passwordExpired(StaffView person, Account acc, Instant now) {
        return holdsAny(person, properties.passwordExpiryRoles())
                && acc.passwordChangedAt().plus(properties.passwordMaxAge()).isBefore(now);
    }

    private static boolean holdsAny(StaffView person, Collection<Role> roles) {
        return person.unitRoles().values().stream().flatMap(Set::stream).anyMatch(roles::contains);
    }

    /** Counts a failure; returns the lock expiry when this failure locked the account. */
    private Optional<Instant> registerFailure(String username, Account read, Instant now) {
        // re-read under a row lock: concurrent failures (on this or another instance) must each count
        Account acc = accounts.findForUpdate(read.staffId()).orElse(read);
        boolean lockExpired = acc.lockedUntil() != null && !acc.lockedAt(now);
        int failures = (lockExpired ? 0 : acc.failedAttempts()) + 1;
        if (failures >= properties.maxFailedAttempts()) {
            Instant until = now.plus(properties.lockDuration());
            accounts.updateFailures(acc.staffId(), failures, until);
            lockouts.insert(acc.staffId(), now, until, failures);
            audit.recordAs(username, "ACCOUNT_LOCKED", OBJECT, String.valueOf(acc.staffId()), Outcome.SUCCESS,
                    failures + " failed attempts; locked until " + until);
            return Optional.of(until);
        }
        accounts.updateFailures(acc.staffId(), failures, lockExpired ? null : acc.lockedUntil());
        return Optional.empty();
    }

    /** Checks a TOTP code (not replayable) or an unused recovery code during sign-in. */
    @Transactional
    public SecondFactorOutcome verifySecondFactor(long staffId, String username, String input) {
        Account acc = accounts.find(staffId).orElseThrow(() -> new IllegalStateException("no account " + staffId));
        Instant now = clock.instant();
        if (acc.lockedAt(now)) {
            audit.recordAs(username, "LOGIN_FAILED", OBJECT, String.valueOf(staffId), Outcome.FAILURE, "account locked");
            return new SecondFactorOutcome.Locked(acc.lockedUntil());
        }
        String code = input == null ? "" : input.replaceAll("[\\s-]", "").toUpperCase();
        if (acc.totpEnabled() && acc.totpSecret() != null) {
            OptionalLong step = Totp.verify(cipher.decrypt(acc.totpSecret()), code, now, acc.totpLastStep());
            if (step.isPresent()) {
                accounts.updateTotpLastStep(staffId, step.getAsLong());
                return new SecondFactorOutcome.Passed(false, accounts.unusedRecoveryCodes(staffId));
            }
            if (code.length() == 10 && accounts.useRecoveryCode(staffId, cipher.blindIndex(code), now)) {
                int left = accounts.unusedRecoveryCodes(staffId);
                audit.recordAs(username, "RECOVERY_CODE_USED", OBJECT, String.valueOf(staffId), Outcome.SUCCESS,
                        left + " recovery codes left");
                return new SecondFactorOutcome.Passed(true, left);
            }
        }
        audit.recordAs(username, "LOGIN_FAILED", OBJECT, String.valueOf(staffId), Outcome.FAILURE, "wrong second factor");
        return registerFailure(username, acc, now)
                .<SecondFactorOutcome>map(SecondFactorOutcome.Locked::new)
                .orElseGet(SecondFactorOutcome.Refused::new);
    }

    /** All factors passed: clears the failure count and records the sign-in (call with the actor signed in). */
    @Transactional
    public void loginSucceeded(long staffId) {
        accounts.updateFailures(staffId, 0, null);
        audit.success("LOGIN_SUCCEEDED", OBJECT, staffId, null);
    }

    /** The current state of the staff member, for building a fresh principal at the end of sign-in. */
    public Optional<AccountPrincipal> principal(long staffId) {
        return staff.findById(staffId).filter(StaffView::active).map(AccountPrincipal::of);
    }


    // ------------------------------------------------------------------ TOTP

    public String newTotpSecret() {
        return Totp.newSecret();
    }

    public String totpUri(String username, String secret) {
        return Totp.uri(issuer, username, secret);
    }

    /** Enrols {@code secret} once the user proves it works with a current code; returns the recovery codes. */
    @Transactional
    public List<String> enrolTotp(long staffId, String secret, String code) {
        OptionalLong step = Totp.verify(secret, code == null ? "" : code.trim(), clock.instant(), null);
        if (step.isEmpty()) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "验证码不正确，请核对手机时间后重新输入", "code");
        }
        accounts.updateTotp(staffId, cipher.encrypt(secret), true, step.getAsLong());
        List<String> codes = newRecoveryCodes(staffId);
        audit.success("TOTP_ENROLLED", OBJECT, staffId, null);
        return codes;
    }

    /** Replaces the recovery codes of an enrolled user; the old ones stop working. */
    @Transactional
    public List<String> regenerateRecoveryCodes(long staffId) {
        Account acc = requireAccount(staffId);
        if (!acc.totpEnabled()) {
            throw new GongkaiException(ErrorCode.CONFLICT, "尚未启用动态验证码");
        }
        List<String> codes = newRecoveryCodes(staffId);
        audit.success("RECOVERY_CODES_REGENERATED", OBJECT, staffId, null);
        return codes;
    }

    private List<String> newRecoveryCodes(long staffId) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < properties.recoveryCodes(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                sb.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(sb.toString());
        }
        accounts.replaceRecoveryCodes(staffId, codes.stream().map(cipher::blindIndex).toList());
        return codes.stream().map(c -> c.substring(0, 5) + "-" + c.substring(5)).toList();
    }

    /** Security admin: removes TOTP so the user enrols again at the next sign-in. */
    @Transactional
    public void resetTotp(long staffId) {
        requireAccount(staffId);
        accounts.updateTotp(staffId, null, false, null);
        accounts.replaceRecoveryCodes(staffId, List.of());
        audit.success("TOTP_RESET", OBJECT, staffId, null);
    }

    public Optional<AccountState> state(long staffId) {
        return accounts.find(staffId).map(a -> state(a, clock.instant()));
    }

    public List<AccountState> states() {
        Instant now = clock.instant();
        return accounts.findAll().stream().map(a -> state(a, now)).toList();
    }

    private AccountState state(Account a, Instant now) {
        return new AccountState(a.staffId(), a.lockedAt(now) ? a.lockedUntil() : null, a.totpEnabled(),
                a.mustChangePassword(), a.passwordChangedAt(), accounts.unusedRecoveryCodes(a.staffId()));
    }

    /** What administrators and the user see of an account. */
    public record AccountState(long staffId, Instant lockedUntil, boolean totpEnabled, boolean mustChangePassword,
            Instant passwordChangedAt, int recoveryCodesLeft) {}

    // ------------------------------------------------------------------ passwords

    /**
     * The user changes their own password. {@code current} is checked unless null (the forced change
     * during sign-in, where the password was just verified).
     */
    @Transactional
    public void changePassword(long staffId, String current, String password, String confirm) {
        Account acc = requireAccount(staffId);
        if (current != null && !encoder.matches(current, acc.passwordHash())) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "当前密码不正确", "currentPassword");
        }
        if (current != null && current.equals(password)) {
            throw new GongkaiException(ErrorCode.PASSWORD_POLICY, "新密码不能与当前密码相同", "password");
        }
        String hash = acceptablePassword(staffId, password, confirm);
        accounts.updatePassword(staffId, hash, clock.instant(), false);
        accounts.addHistory(staffId, hash, clock.instant(), properties.passwordHistory());
        audit.success("PASSWORD_CHANGED", OBJECT, staffId, null);
    }

    /**
     * Security admin sets an initial password or resets a forgotten one; the user must change it at the
     * next sign-in. Creates the account when the staff member has none yet.
     */
    @Transactional
    public void resetPassword(long staffId, String password, String confirm) {
        staff.findById(staffId).orElseThrow(GongkaiException::notFound);
        String hash = acceptablePassword(staffId, password, confirm);
        Instant now = clock.instant();
        boolean exists = accounts.find(staffId).isPresent();
        if (exists) {
            accounts.updatePassword(staffId, hash, now, true);
        } else {
            accounts.insert(staffId, hash, now, true);
        }
        accounts.addHistory(staffId, hash, now, properties.passwordHistory());
        audit.success("PASSWORD_RESET", OBJECT, staffId, exists ? "reset" : "initial password");
    }

    private String acceptablePassword(long staffId, String password, String confirm) {
        List<String> reasons = policy.violations(password);
        if (!reasons.isEmpty()) {
            throw new GongkaiException(ErrorCode.PASSWORD_POLICY, String.join("；", reasons), "password");
        }
        if (confirm != null && !confirm.equals(password)) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "两次输入的密码不一致", "confirm");
        }
        for (String old : accounts.history(staffId, properties.passwordHistory())) {
            if (encoder.matches(password, old)) {
                throw new GongkaiException(ErrorCode.PASSWORD_POLICY,
                        "不能使用最近 " + properties.passwordHistory() + " 次用过的密码", "password");
            }
        }
        return encoder.encode(password);
    }

    /**
     * Creates a ready-to-use account (demo county): the password is not marked for change, and TOTP is
     * enrolled with {@code totpSecret} when given.
     */
    @Transactional
    void provision(long staffId, String password, String totpSecret) {
        String hash = acceptablePassword(staffId, password, null);
        Instant now = clock.instant();
        accounts.insert(staffId, hash, now, false);
        accounts.addHistory(staffId, hash, now, properties.passwordHistory());
        if (totpSecret != null) {
            accounts.updateTotp(staffId, cipher.encrypt(totpSecret), true, null);
            newRecoveryCodes(staffId);
        }
        audit.success("ACCOUNT_CREATED", OBJECT, staffId, totpSecret == null ? "demo account" : "demo account with TOTP");
    }

    /** Security admin unlocks a locked account. */
    @Transactional
    public void unlock(long staffId) {
        requireAccount(staffId);
        accounts.updateFailures(staffId, 0, null);
        lockouts.unlocked(staffId, clock.instant(), Actor.current().map(Actor::username).orElse("system"));
        audit.success("ACCOUNT_UNLOCKED", OBJECT, staffId, null);
    }

    /** A lockout: when, until when, after how many failures, and who ended it early (if anyone). */
    public record Lockout(long staffId, Instant lockedAt, Instant lockedUntil, int failures, Instant unlockedAt,
            String unlockedBy) {}

    /** Lockouts that began within {@code period}, newest first (at most 200), for the security admin. */
    public List<Lockout> recentLockouts(Duration period) {
        return lockouts.since(clock.instant().minus(period), 200);
    }

    private Account requireAccount(long staffId) {
        return accounts.find(staffId).orElseThrow(GongkaiException::notFound);
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = encoder.encode("not-a-password-" + RANDOM.nextLong());
        }
        return dummyHash;
    }

    /**
     * The principal of an account that may act right now without a sign-in: it exists, is not locked, its
     * staff member is active, and its password is neither expired nor awaiting the change an administrator
     * asked for. API tokens are checked against this on every request, so they stop working at once.
     */
    Optional<AccountPrincipal> usablePrincipal(long staffId) {
        Optional<StaffView> person = staff.findById(staffId);
        return unusableBecause(person, accounts.find(staffId)).isPresent() ? Optional.empty()
                : person.map(AccountPrincipal::of);
    }

    /**
     * Why the account cannot act now, or empty when it can: no account, staff member disabled, locked, password
     * reset by an administrator or expired. Signed-in sessions ({@link AccountSessionCheck}) and API tokens are
     * refused on the next request for any of these.
     */
    Optional<String> unusableBecause(long staffId) {
        return unusableBecause(staff.findById(staffId), accounts.find(staffId));
    }

    private Optional<String> unusableBecause(Optional<StaffView> person, Optional<Account> account) {
        Instant now = clock.instant();
        return Optional.ofNullable(person.isEmpty() || account.isEmpty() ? "no account"
                : !person.get().active() ? "staff member disabled"
                : account.get().lockedAt(now) ? "account locked until " + account.get().lockedUntil()
                : account.get().mustChangePassword() ? "password reset by an administrator"
                : passwordExpired(person.get(), account.get(), now) ? "password expired" : null);
    }

    public boolean hasAccount(long staffId) {
        return accounts.find(staffId).isPresent();
    }
}
