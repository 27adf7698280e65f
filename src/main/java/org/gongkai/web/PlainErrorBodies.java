package org.gongkai.web;

import org.gongkai.common.ErrorCode;
import org.springframework.web.util.HtmlUtils;

/**
 * Error bodies written without Spring MVC: RFC 9457 problem JSON and a small Chinese error page. Used where
 * the application's views cannot run — the container's error report ({@link ContainerErrorReport}) and, as a
 * fallback, {@link InputBounds}.
 */
final class PlainErrorBodies {

    private PlainErrorBodies() {}

    static boolean isApi(String path) {
        return ErrorResponses.isApi(path);
    }

    static String problemJson(ErrorCode code, int status, String detail, String field, String instance) {
        StringBuilder json = new StringBuilder("{");
        member(json, "type", "/problems/" + code.name().toLowerCase().replace('_', '-')).append(',');
        member(json, "title", code.message()).append(',');
        json.append("\"status\":").append(status).append(',');
        member(json, "detail", detail == null ? code.message() : detail).append(',');
        member(json, "code", code.name());
        if (field != null) {
            member(json.append(','), "field", field);
        }
        if (instance != null) {
            member(json.append(','), "instance", instance);
        }
        return json.append('}').toString();
    }

    static String page(int status, ErrorCode code, String message, String siteName) {
        String title = status == 404 ? "页面不存在" : status >= 500 ? "系统暂时无法完成您的请求" : "请求无法处理";
        String text = message == null ? code.message() : message;
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + title + " - " + HtmlUtils.htmlEscape(siteName) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/css/gongkai.css\">\n</head>\n<body>\n"
                + "<header class=\"site-header\"><div class=\"wrap\"><a class=\"site-name\" href=\"/\">"
                + HtmlUtils.htmlEscape(siteName) + "</a></div></header>\n"
                + "<main id=\"main\" class=\"wrap\">\n<h1>" + title + "</h1>\n"
                + "<div class=\"notice notice-error\"><p>" + HtmlUtils.htmlEscape(text) + "</p></div>\n"
                + "<p>请检查网址或填写的内容后重试。</p>\n"
                + "<p class=\"error-code\">错误代码：" + status + " " + code.name() + "</p>\n"
                + "<p><a class=\"btn btn-primary\" href=\"/\">返回首页</a></p>\n</main>\n</body>\n</html>\n";
    }

    private static StringBuilder member(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) || c == '<' || c == '>' || c == '&') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
