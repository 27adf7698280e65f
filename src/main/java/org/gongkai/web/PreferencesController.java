package org.gongkai.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Switches the 适老化 display modes with a plain form POST (no JavaScript needed) and returns the
 * visitor to the page they were on. Only local paths are followed, never another site.
 */
@Controller
class PreferencesController {

    @PostMapping("/preferences")
    String toggle(@RequestParam(name = "toggle", required = false) String toggle,
            @RequestParam(name = "back", required = false) String back,
            HttpServletRequest request, HttpServletResponse response) {
        DisplayModes.of(request).toggle(toggle).writeTo(response, request.isSecure());
        return "redirect:" + backTo(back, request.getHeader("Referer"), request);
    }

    static String backTo(String back, String referer, HttpServletRequest request) {
        if (isLocalPath(back)) {
            return back;
        }
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                boolean sameHost = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
                String path = uri.getRawPath();
                if (sameHost && isLocalPath(path)) {
                    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed Referer: fall back to the home page
            }
        }
        return "/";
    }

    /** A path on this site: starts with one slash, no scheme, no "//" or "/\" host trick, no control characters. */
    static boolean isLocalPath(String path) {
        if (path == null || path.isEmpty() || path.length() > 2000 || path.charAt(0) != '/') {
            return false;
        }
        if (path.startsWith("//") || path.startsWith("/\\")) {
            return false;
        }
        return path.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\');
    }
}
