package org.gongkai.catalogue.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.gongkai.catalogue.PublicCatalogue.PublicView;

/**
 * The page meta tags government sites carry (RULES §2): SiteName, SiteDomain, SiteIDCode, ColumnName,
 * ColumnDescription, ColumnKeywords, ColumnType, ArticleTitle, PubDate ({@code yyyy-MM-dd HH:mm}), ContentSource.
 * SiteName and SiteIDCode come from the layout's settings in the template; the rest from here. SiteDomain is the
 * request's server name, which the web module's client-address filter pins to the host of
 * {@code gongkai.portal.base-url} (never the Host header a client sent).
 */
record Meta(String siteDomain, String columnName, String columnDescription, String columnKeywords, String columnType,
        String articleTitle, String pubDate, String contentSource, List<String> keywords) {

    static final String COLUMN = "政府信息公开";

    static Meta column(String name, String description, String keywords, HttpServletRequest request) {
        return new Meta(request.getServerName(), name, description, keywords, "政府信息公开", null, null, null, List.of());
    }

    static Meta article(PublicView v, String pubDate, HttpServletRequest request) {
        boolean law = v.publisher() != null && v.publisher().isExternalIssuer();
        return new Meta(request.getServerName(), law ? "法律法规" : "法定主动公开内容",
                law ? "转载的法律法规" : "主动公开的政府信息", String.join(",", v.keywords()),
                "政府信息公开", v.title(), pubDate, v.publisher() == null ? "" : v.publisher().name(), v.keywords());
    }
}
