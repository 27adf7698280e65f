package org.gongkai.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The 适老化 display modes a visitor chose, remembered in one cookie per mode so that every page (portal,
 * console, error pages) renders them on the server and nothing depends on JavaScript.
 */
record DisplayModes(boolean largeText, boolean highContrast) {

    static final String LARGE_TEXT_COOKIE = "gk-large-text";
    static final String HIGH_CONTRAST_COOKIE = "gk-high-contrast";
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    static final DisplayModes DEFAULT = new DisplayModes(false, false);

    static DisplayModes of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return DEFAULT;
        }
        boolean large = false;
        boolean contrast = false;
        for (Cookie cookie : cookies) {
            if (LARGE_TEXT_COOKIE.equals(cookie.getName())) {
                large = "on".equals(cookie.getValue());
            } else if (HIGH_CONTRAST_COOKIE.equals(cookie.getName())) {
                contrast = "on".equals(cookie.getValue());
            }
        }
        return new DisplayModes(large, contrast);
    }

    /** The toggle a visitor pressed: {@code large-text}, {@code high-contrast} or {@code reset}. */
    DisplayModes toggle(String which) {
        return switch (which == null ? "" : which) {
            case "large-text" -> new DisplayModes(!largeText, highContrast);
            case "high-contrast" -> new DisplayModes(largeText, !highContrast);
            case "reset" -> DEFAULT;
            default -> this;
        };
    }

    void writeTo(HttpServletResponse response, boolean secure) {
        response.addCookie(cookie(LARGE_TEXT_COOKIE, largeText, secure));
        response.addCookie(cookie(HIGH_CONTRAST_COOKIE, highContrast, secure));
    }

    private static Cookie cookie(String name, boolean on, boolean secure) {
        Cookie cookie = new Cookie(name, on ? "on" : "off");
        cookie.setPath("/");
        cookie.setMaxAge(on ? ONE_YEAR : 0);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** CSS classes for the {@code <html>} element. */
    String htmlClass() {
        List<String> classes = new ArrayList<>();
        if (largeText) {
            classes.add("mode-large-text");
        }
        if (highContrast) {
            classes.add("mode-high-contrast");
        }
        return String.join(" ", classes);
    }
}
