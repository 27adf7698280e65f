package org.gongkai.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 查阅点 (issue #16): the demo county's reading places on the portal page and in a unit's disclosure guide; the
 * system administrator adds, edits and deletes one (audited); bad input is refused at its field; nobody else may.
 */
@IntegrationTest
class ReadingPlacesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UnitDirectory units;

    private RequestPostProcessor admin() {
        long county = units.findByCreditCode("11990101100100076Q").orElseThrow().id();
        return TestActors.as(-21, "reading-admin", Map.of(county, Set.of(Role.SYSTEM_ADMIN)));
    }

    @Test
    void theDemoCountysPlacesAreOnThePortalAndInEveryGuide() throws Exception {
        mvc.perform(get("/openness/reading-places"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("示例县图书馆政府信息查阅专区")))
                .andExpect(content().string(containsString("示例县档案馆现行文件查阅中心")))
                .andExpect(content().string(containsString("周二至周日9:00—20:00")));
        long finance = units.findByCreditCode("119901011001002878").orElseThrow().id();
        mvc.perform(get("/openness/guide/" + finance))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("示例县政务服务中心政务公开专区")))
                .andExpect(content().string(containsString("示例县人民大道1号县政府办公楼一楼东侧")));
    }

    @Test
    void theSystemAdministratorKeepsThePlacesAndEveryChangeIsAudited() throws Exception {
        mvc.perform(post("/console/organisation/reading-places").with(admin()).with(csrf())
                        .param("name", "城关镇便民服务中心查阅点").param("kind", "SERVICE_HALL")
                        .param("address", "城关镇解放路2号").param("hours", "工作日9:00—17:00")
                        .param("phone", "0123-6200001").param("available", "政策文件").param("position", "50"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/organisation/reading-places"));
        long id = jdbc.sql("SELECT id FROM org_reading_place WHERE name = '城关镇便民服务中心查阅点'").query(Long.class)
                .single();
        mvc.perform(get("/openness/reading-places")).andExpect(content().string(containsString("城关镇解放路2号")));

        mvc.perform(post("/console/organisation/reading-places/" + id).with(admin()).with(csrf())
                        .param("name", "城关镇便民服务中心查阅点").param("kind", "SERVICE_HALL")
                        .param("address", "城关镇解放路8号").param("hours", "工作日9:00—17:00").param("position", "50"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/openness/reading-places")).andExpect(content().string(containsString("城关镇解放路8号")));

        mvc.perform(post("/console/organisation/reading-places/" + id + "/delete").with(admin()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/openness/reading-places"))
                .andExpect(content().string(not(containsString("城关镇解放路8号"))));
        assertThat(jdbc.sql("SELECT action FROM audit_record WHERE object_type = 'ReadingPlace' AND object_id = ? "
                + "ORDER BY seq").param(String.valueOf(id)).query(String.class).list())
                .containsExactly("ReadingPlaceCreated", "ReadingPlaceUpdated", "ReadingPlaceDeleted");
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsWritten() throws Exception {
        int before = count();
        mvc.perform(post("/console/organisation/reading-places").with(admin()).with(csrf())
                        .param("name", "").param("kind", "NO_SUCH_KIND").param("address", "地".repeat(301))
                        .param("hours", "全天").param("phone", "1".repeat(51)).param("position", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写名称")))
                .andExpect(content().string(containsString("地址不能超过300字")))
                .andExpect(content().string(containsString("电话不能超过50字")))
                .andExpect(content().string(containsString("排序应为0至9999")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(count()).isEqualTo(before);
        mvc.perform(post("/console/organisation/reading-places/999999999").with(admin()).with(csrf())
                        .param("name", "某地").param("kind", "LIBRARY").param("address", "某地")
                        .param("hours", "全天").param("position", "1"))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheSystemAdministratorMayChangeThem() throws Exception {
        long finance = units.findByCreditCode("119901011001002878").orElseThrow().id();
        var editor = TestActors.as(-22, "reading-editor", Map.of(finance, Set.of(Role.EDITOR, Role.SUPERVISOR)));
        int before = count();
        mvc.perform(post("/console/organisation/reading-places").with(editor).with(csrf())
                        .param("name", "非法查阅点").param("kind", "LIBRARY").param("address", "某地")
                        .param("hours", "全天").param("position", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/organisation/reading-places/new").with(editor)).andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    private int count() {
        return jdbc.sql("SELECT COUNT(*) FROM org_reading_place").query(Integer.class).single();
    }
}
