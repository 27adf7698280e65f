package org.gongkai.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The sign-in steps after the password. Until every step is done the security context stays empty
 * (the visitor is anonymous and every non-public page is denied); the progress lives in the session as
 * a {@link PendingLogin}. The last step establishes the fully authenticated context.
 */
@Component
public class LoginFlow {

    static final String PENDING = LoginFlow.class.getName() + ".PENDING";
    static final String DEFAULT_TARGET = "/console";

    private final IdentityService identity;
    private final SecurityContextRepository contexts;
    private final IdentityProperties properties;
    private final RequestCache requestCache;

    LoginFlow(IdentityService identity, SecurityContextRepository contexts, IdentityProperties properties,
            RequestCache requestCache) {
        this.identity = identity;
        this.requestCache = requestCache;
        this.contexts = contexts;
        this.properties = properties;
    }

    /**
     * Progress of a sign-in whose password was correct.
     *
     * @param enrolSecret the TOTP secret offered on the enrolment page (not stored until confirmed)
     */
    public record PendingLogin(long staffId, String username, List<LoginStep> steps, String enrolSecret)
            implements Serializable {

        public PendingLogin {
            steps = List.copyOf(steps);
        }

        public Optional<LoginStep> next() {
            return steps.stream().findFirst();
        }

        PendingLogin without(LoginStep done) {
            List<LoginStep> rest = new ArrayList<>(steps);
            rest.remove(done);
            return new PendingLogin(staffId, username, rest, enrolSecret);
        }

        public PendingLogin withEnrolSecret(String secret) {
            return new PendingLogin(staffId, username, steps, secret);
        }
    }

    /** After a correct password: returns where to go next (a step page, or the saved/default page). */
    String passwordVerified(HttpServletRequest request, HttpServletResponse response, AccountPrincipal principal,
            List<LoginStep> steps) {
        if (steps.isEmpty()) {
            return complete(request, response, principal.staffId());
        }
        // Not yet authenticated: drop the context the form login filter established.
        SecurityContext empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(empty);
        contexts.saveContext(empty, request, response);
        PendingLogin pending = new PendingLogin(principal.staffId(), principal.username(), steps, null);
        request.getSession().setAttribute(PENDING, pending);
        return steps.get(0).path();
    }

    public Optional<PendingLogin> pending(HttpServletRequest request, LoginStep step) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof PendingLogin p)) {
            return Optional.empty();
        }
        return p.next().filter(step::equals).map(s -> p);
    }

    /** A refused sign-in, shown once on the login form together with what the user typed. */
    public record Refusal(String message, String username) implements Serializable {}

    static final String REFUSAL = LoginFlow.class.getName() + ".REFUSAL";

    void refuse(HttpServletRequest request, String message, String username) {
        String typed = username == null ? "" : username.substring(0, Math.min(username.length(), 100));
        request.getSession().setAttribute(REFUSAL, new Refusal(message, typed));
    }

    /** The last refusal, removed from the session so it shows once. */
    public Optional<Refusal> takeRefusal(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(REFUSAL) instanceof Refusal r)) {
            return Optional.empty();
        }
        session.removeAttribute(REFUSAL);
        return Optional.of(r);
    }

    /** The second factor locked the account: back to the password form with the lock message. */
    public void lockedDuringSteps(HttpServletRequest request, PendingLogin pending, java.time.Instant until) {
        abandon(request);
        refuse(request, PasswordAuthenticationProvider.lockedMessage(until), pending.username());
    }

    public void update(HttpServletRequest request, PendingLogin pending) {
        request.getSession().setAttribute(PENDING, pending);
    }

    public void abandon(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }

    /** Marks {@code done} finished; returns the next step's page, or completes the sign-in. */
    public String stepDone(HttpServletRequest request, HttpServletResponse response, PendingLogin pending,
            LoginStep done) {
        PendingLogin rest = pending.without(done);
        if (rest.next().isPresent()) {
            update(request, rest);
            return rest.next().get().path();
        }
        return complete(request, response, pending.staffId());
    }

    private String complete(HttpServletRequest request, HttpServletResponse response, long staffId) {
        AccountPrincipal principal = identity.principal(staffId)
                .orElseThrow(() -> new IllegalStateException("staff " + staffId + " vanished during sign-in"));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
        SecurityContextHolder.setContext(context);
        HttpSession session = request.getSession();
        session.removeAttribute(PENDING);
        request.changeSessionId(); // a new id now that the session carries full authority
        request.getSession().setMaxInactiveInterval((int) properties.idleTimeout().toSeconds());
        contexts.saveContext(context, request, response);
        identity.loginSucceeded(staffId);
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return saved == null ? DEFAULT_TARGET : localPath(saved.getRedirectUrl());
    }

    /** The path and query of a saved URL: redirects stay on this site whatever Host the request carried. */
    static String localPath(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return DEFAULT_TARGET;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return DEFAULT_TARGET;
        }
    }
}
