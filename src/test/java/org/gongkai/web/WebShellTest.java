package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.TestActors.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class WebShellTest {

    @Autowired
    MockMvc mvc;

    @Test
    void homePageShowsSiteNameNavigationAndElderModeEntry() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"zh-CN\""),
                        containsString("<h1>示例县人民政府</h1>"),
                        containsString("href=\"#main\""),
                        containsString("政府信息公开"), containsString("政务服务"), containsString("互动交流"),
                        containsString("数据发布"),
                        containsString("长者模式"),
                        containsString("网站标识码"),
                        containsString("name=\"_csrf\""),
                        containsString("href=\"/openness\""),
                        not(containsString("style=")))));
    }

    @Test
    void unbuiltColumnSaysHonestlyWhatWillBeThere() throws Exception {
        mvc.perform(get("/interaction"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("正在建设中"), containsString("12345"),
                        containsString("aria-current=\"page\""))));
    }

    @Test
    void largeTextModeIsRememberedInACookieAndRedirectsBack() throws Exception {
        mvc.perform(post("/preferences").with(csrf()).param("toggle", "large-text").param("back", "/openness"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/openness"))
                .andExpect(cookie().value(DisplayModes.LARGE_TEXT_COOKIE, "on"))
                .andExpect(cookie().httpOnly(DisplayModes.LARGE_TEXT_COOKIE, true));

        mvc.perform(get("/").cookie(new Cookie(DisplayModes.LARGE_TEXT_COOKIE, "on")))
                .andExpect(content().string(allOf(containsString("class=\"mode-large-text\""),
                        containsString("aria-pressed=\"true\""), containsString("长者模式：已开启"))));
    }

    @Test
    void togglingAgainSwitchesLargeTextOff() throws Exception {
        mvc.perform(post("/preferences").with(csrf()).param("toggle", "large-text")
                        .cookie(new Cookie(DisplayModes.LARGE_TEXT_COOKIE, "on")))
                .andExpect(cookie().value(DisplayModes.LARGE_TEXT_COOKIE, "off"))
                .andExpect(cookie().maxAge(DisplayModes.LARGE_TEXT_COOKIE, 0));
    }

    @Test
    void highContrastModeFollowsTheRefererWhenItIsLocal() throws Exception {
        mvc.perform(post("/preferences").with(csrf()).param("toggle", "high-contrast")
                        .header("Referer", "http://localhost/services?x=1"))
                .andExpect(redirectedUrl("/services?x=1"))
                .andExpect(cookie().value(DisplayModes.HIGH_CONTRAST_COOKIE, "on"));
    }

    @Test
    void preferencesNeverRedirectToAnotherSite() throws Exception {
        mvc.perform(post("/preferences").with(csrf()).param("toggle", "large-text").param("back", "//evil.example/x")
                        .header("Referer", "https://evil.example/phish"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void preferencesNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/preferences").param("toggle", "large-text"))
                .andExpect(status().isForbidden());
    }

    @Test
    void missingPageShowsChineseNotFoundPageWithoutTrace() throws Exception {
        mvc.perform(get("/css/no-such-file.css"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("找不到您要访问的页面"), containsString("返回首页"),
                        not(containsString("Exception")), not(containsString("at org.")))));
    }

    @Test
    void errorPageForAServerErrorHidesTheException() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/openness")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret table gk_x")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("系统暂时无法完成您的请求"),
                        not(containsString("secret")), not(containsString("IllegalStateException")))));
    }

    @Test
    void errorPagesExistForForbiddenBadRequestAndTooManyRequests() throws Exception {
        for (int code : new int[] {400, 403, 429}) {
            String html = mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
                            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/x"))
                    .andExpect(status().is(code))
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("lang=\"zh-CN\"", "返回首页", "错误代码：<span>" + code);
        }
    }

    @Test
    void errorUnderApiIsProblemJson() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/no-such-thing"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                .andExpect(jsonPath("$.type").value("/problems/not-found"))
                .andExpect(jsonPath("$.title").value("未找到请求的内容"))
                .andExpect(jsonPath("$.detail").exists())
                .andExpect(jsonPath("$.instance").value("/api/v1/no-such-thing"));
    }

    @Test
    void apiServerErrorIsGenericProblemJson() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/units")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret")))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"))
                .andExpect(jsonPath("$.detail").value("系统繁忙，请稍后再试"))
                .andExpect(content().string(not(containsString("secret"))));
    }

    @Test
    void consoleHomeGreetsTheSignedInStaffMemberWithTheirRoles() throws Exception {
        mvc.perform(get("/console").with(as(42, "web-test-editor", Map.of(1L, Set.of(Role.EDITOR)))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("web-test-editor"), containsString("信息员"),
                        containsString("action=\"/logout\""), containsString("退出登录"),
                        containsString("管理后台导航"))));
    }

    @Test
    void consoleIsNotShownToAnonymousVisitors() throws Exception {
        int status = mvc.perform(get("/console")).andReturn().getResponse().getStatus();
        assertThat(status).isNotEqualTo(200);
    }
}
