package org.gongkai.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Creates a page's CSRF token — and with it the session that holds it — before the page is rendered.
 * Spring Security defers the token until a form asks for it; when a page wrote more than the response
 * buffer before its first form (a long search query repeated in the title and the search box), the
 * response was already committed, so the session cookie could not be sent and the page's forms carried a
 * token that no session knew (and with the servlet container's own sessions the page was cut off). Every
 * portal and console page has a form in its header, so this creates no session that would not exist anyway;
 * only page navigations (GET, {@code Accept: text/html}) are concerned, not feeds, files or the API.
 */
class SessionBeforeBody extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPage(request) && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }

    private static boolean isPage(HttpServletRequest request) {
        String path = ErrorResponses.path(request);
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")
                && !ErrorResponses.isApi(path) && !path.startsWith("/css/") && !path.startsWith("/js/")
                && !path.startsWith("/images/") && !path.startsWith("/openness/feeds/")
                && !path.startsWith("/openness/attachments/");
    }
}
