package org.gongkai.identity;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A MockMvc client that keeps the Spring Session cookie between requests, as a browser does, and
 * sends from its own source address (so rate limits of one test do not hit another).
 */
class Browser {

    private static int next = 1;
    private final MockMvc mvc;
    private final String address;
    private Cookie session;

    Browser(MockMvc mvc) {
        this.mvc = mvc;
        synchronized (Browser.class) {
            this.address = "10.1." + (next / 250) + "." + (next % 250 + 1);
            next++;
        }
    }

    MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        if (session != null) {
            request.cookie(session);
        }
        request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        MvcResult result = mvc.perform(request).andReturn();
        Cookie set = result.getResponse().getCookie("SESSION");
        if (set != null) {
            session = set.getMaxAge() == 0 ? null : set;
        }
        return result;
    }

    static String location(MvcResult result) {
        MockHttpServletResponse response = result.getResponse();
        return response.getRedirectedUrl();
    }

    Cookie sessionCookie() {
        return session;
    }
}
