package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class DisplayModesTest {

    @Test
    void readsTheModesFromCookies() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie(DisplayModes.LARGE_TEXT_COOKIE, "on"), new Cookie(DisplayModes.HIGH_CONTRAST_COOKIE, "off"));

        assertThat(DisplayModes.of(request)).isEqualTo(new DisplayModes(true, false));
        assertThat(DisplayModes.of(request).htmlClass()).isEqualTo("mode-large-text");
    }

    @Test
    void togglesOneModeAndResetsBoth() {
        DisplayModes both = DisplayModes.DEFAULT.toggle("large-text").toggle("high-contrast");

        assertThat(both.htmlClass()).isEqualTo("mode-large-text mode-high-contrast");
        assertThat(both.toggle("large-text")).isEqualTo(new DisplayModes(false, true));
        assertThat(both.toggle("reset")).isEqualTo(DisplayModes.DEFAULT);
        assertThat(both.toggle("something-else")).isEqualTo(both);
    }

    @Test
    void onlyLocalPathsAreFollowedBack() {
        assertThat(PreferencesController.isLocalPath("/openness?page=2")).isTrue();
        assertThat(PreferencesController.isLocalPath("//evil.example")).isFalse();
        assertThat(PreferencesController.isLocalPath("/\\evil.example")).isFalse();
        assertThat(PreferencesController.isLocalPath("https://evil.example/")).isFalse();
        assertThat(PreferencesController.isLocalPath("/a\r\nSet-Cookie: x=y")).isFalse();
        assertThat(PreferencesController.isLocalPath("")).isFalse();
        assertThat(PreferencesController.isLocalPath(null)).isFalse();
    }
}
