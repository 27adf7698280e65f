package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.catalogue.InterpretationPart.Kind;
import org.gongkai.catalogue.InterpretationPart.Text;
import org.junit.jupiter.api.Test;

/** The per-kind checks of an interpretation part: required fields, lengths, and only absolute https video links. */
class InterpretationPartTextTest {

    @Test
    void videoLinksMustBeAbsoluteHttpsWithoutUserInfo() {
        assertThat(video("https://v.example.cn/a?b=1")).isEmpty();
        assertThat(video("HTTPS://v.example.cn/")).isEmpty();
        for (String bad : new String[] {"http://v.example.cn/", "javascript:alert(1)", "//v.example.cn/x", "https:///x",
                "https://user:pw@v.example.cn/", "https://v.example.cn/a b", "ftp://v.example.cn/", "https://v.example.cn/\"x"}) {
            assertThat(video(bad)).as(bad).containsEntry("videoUrl", "视频链接须是以 https:// 开头的完整网址");
        }
        assertThat(video("https://v.example.cn/" + "a".repeat(InterpretationPart.URL_MAX))).containsEntry("videoUrl",
                "视频链接不能超过500字");
    }

    @Test
    void eachKindRequiresItsOwnFieldsOnly() {
        assertThat(new Text(Kind.IMAGE, null, null, " ", null, null).problems())
                .containsOnlyKeys("altText");
        assertThat(new Text(Kind.QA, "问", "", "ignored", null, null).problems()).containsOnlyKeys("answer");
        assertThat(new Text(Kind.VIDEO, null, null, null, null, null).problems()).containsOnlyKeys("videoTitle", "videoUrl");
        assertThat(new Text(Kind.QA, "问", "答", null, null, null).clean().altText()).isNull();
    }

    private static java.util.Map<String, String> video(String url) {
        return new Text(Kind.VIDEO, null, null, null, url, "标题").problems();
    }
}
