package org.gongkai.services.desk;

import java.util.List;
import org.gongkai.web.FormFields;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The published items the intake page offers, by name (code as value). */
@Component
class DeskItems {

    static final int MAX = 2000;

    private final JdbcClient jdbc;

    DeskItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FormFields.Option> published() {
        return jdbc.sql("SELECT code, name FROM services_item WHERE status = 'PUBLISHED' ORDER BY name, code "
                        + "FETCH FIRST " + MAX + " ROWS ONLY")
                .query((rs, n) -> new FormFields.Option(rs.getString("code"),
                        rs.getString("name") + "（" + rs.getString("code") + "）"))
                .list();
    }
}
