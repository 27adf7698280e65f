package org.gongkai.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the portal footer says about the site (政府网站 identification).
 *
 * @param siteCode  网站标识码 issued for government websites; shown as "待配置" until set
 * @param icp       ICP 备案号, or empty
 * @param address   postal address of the site's host
 * @param phone     contact telephone
 * @param email     contact e-mail
 * @param baseUrl   the site's public address ({@code https://www.example.gov.cn}, optionally with a path prefix):
 *                  the only source of absolute links (sitemap, feeds, page metadata); default
 *                  {@code http://localhost:<server.port>}. Never taken from the request's Host header.
 * @param hotlineUrl where the 12345 hotline takes citizens' requests when it is not this application's own
 *                  {@code /hotline} page (e.g. the city's 12345 platform); empty = offered only once that page
 *                  exists ({@link HotlineLink})
 */
@ConfigurationProperties("gongkai.portal")
public record PortalProperties(String siteCode, String icp, String address, String phone, String email,
        String baseUrl, String hotlineUrl) {

    public PortalProperties {
        baseUrl = SiteAddress.normalise(blankToNull(baseUrl));
        siteCode = blankToNull(siteCode);
        icp = blankToNull(icp);
        address = blankToNull(address);
        phone = blankToNull(phone);
        email = blankToNull(email);
        hotlineUrl = blankToNull(hotlineUrl);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
