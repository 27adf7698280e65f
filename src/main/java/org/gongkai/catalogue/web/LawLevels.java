package org.gongkai.catalogue.web;

import java.util.List;

/**
 * The level (效力级别) under which the 法律法规 column lists an external issuer, from the kind of body it is: the
 * national people's congress and its standing committee make 法律, the State Council 行政法规, its ministries and
 * administrations 部门规章, local people's congresses 地方性法规, local governments 地方政府规章.
 */
final class LawLevels {

    static final String LAWS = "法律";
    static final String ADMINISTRATIVE = "行政法规";
    static final String DEPARTMENTAL = "部门规章";
    static final String LOCAL = "地方性法规";
    static final String LOCAL_GOVERNMENT = "地方政府规章";
    static final List<String> ORDER = List.of(LAWS, ADMINISTRATIVE, DEPARTMENTAL, LOCAL, LOCAL_GOVERNMENT);

    private LawLevels() {}

    static String of(String issuer) {
        if (issuer.startsWith("全国人民代表大会")) {
            return LAWS;
        }
        if (issuer.equals("国务院")) {
            return ADMINISTRATIVE;
        }
        if (issuer.contains("人民代表大会")) {
            return LOCAL;
        }
        return issuer.endsWith("人民政府") ? LOCAL_GOVERNMENT : DEPARTMENTAL;
    }
}
