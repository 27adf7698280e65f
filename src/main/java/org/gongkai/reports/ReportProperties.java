package org.gongkai.reports;

import org.gongkai.common.CjkPdf;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Annual report settings.
 *
 * @param approvingUnit credit code of the county's disclosure office that approves departments' reports; blank
 *                      = the county government's 办公室 (a department under the top government whose name ends
 *                      in 政府办公室), else the county government itself
 * @param fontPath      TrueType CJK font for the PDF download (default Debian fonts-wqy-zenhei)
 * @param fontFamily    the family name under which the font is used
 * @param docxFont      the East Asian font named in the DOCX download
 */
@ConfigurationProperties("gongkai.reports")
public record ReportProperties(String approvingUnit, String fontPath, String fontFamily, String docxFont) {

    public ReportProperties {
        approvingUnit = approvingUnit == null ? "" : approvingUnit.trim();
        fontPath = fontPath == null || fontPath.isBlank() ? CjkPdf.DEFAULT_FONT_PATH : fontPath.trim();
        fontFamily = fontFamily == null || fontFamily.isBlank() ? CjkPdf.DEFAULT_FONT_FAMILY : fontFamily.trim();
        docxFont = docxFont == null || docxFont.isBlank() ? "宋体" : docxFont.trim();
    }
}
