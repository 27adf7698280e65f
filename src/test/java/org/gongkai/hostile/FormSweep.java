package org.gongkai.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.hostile.HostileValues.Value;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every form of the public portal (found by following the portal's links from the start pages), every field,
 * every hostile value: sent with a fresh session and its CSRF token, as a browser would, from a spread of
 * source addresses. Each text field must also declare its maximum ({@code maxlength}).
 */
final class FormSweep {

    private static final int MAX_PAGES = 40;

    private final Hostile hostile;

    FormSweep(Hostile hostile) {
        this.hostile = hostile;
    }

    private record Field(String name, String type, String value, Integer max) {}

    private record Form(String page, String method, String action, boolean multipart, List<Field> fields) {
        String key() {
            return method + " " + action + " " + fields.stream().map(Field::name).toList();
        }
    }

    int run(List<String> starts) throws IOException {
        Map<String, Form> forms = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(starts);
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String page = queue.poll();
            if (!seen.add(page)) {
                continue;
            }
            RawHttp.Response r = hostile.get(page);
            if (r.status() != 200 || r.header("Content-Type") == null || !r.header("Content-Type").startsWith("text/html")) {
                continue;
            }
            Document html = Jsoup.parse(r.text(), "http://localhost" + page);
            for (Element form : html.select("form")) {
                Form f = form(page, form);
                forms.putIfAbsent(f.key(), f);
            }
            for (Element a : html.select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/console") && !href.startsWith("/api")
                        && !href.startsWith("/logout") && !href.contains(".") && !href.contains("#")) {
                    queue.add(href);
                }
            }
        }
        for (Form form : forms.values()) {
            sweep(form);
        }
        return forms.size();
    }

    private static Form form(String page, Element form) {
        String action = form.attr("action").isEmpty() ? page : form.attr("action");
        List<Field> fields = new ArrayList<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.tagName().equals("input") ? input.attr("type").toLowerCase() : input.tagName();
            if (type.equals("submit") || type.equals("button") || type.equals("file")) {
                continue;
            }
            String value = input.tagName().equals("select")
                    ? input.select("option[selected]").isEmpty() ? input.select("option").attr("value")
                            : input.select("option[selected]").attr("value")
                    : input.tagName().equals("textarea") ? input.text() : input.attr("value");
            Integer max = input.hasAttr("maxlength") ? Integer.valueOf(input.attr("maxlength")) : null;
            fields.add(new Field(input.attr("name"), type.isEmpty() ? "text" : type, value, max));
        }
        boolean multipart = form.attr("enctype").equalsIgnoreCase("multipart/form-data");
        return new Form(page, form.attr("method").isEmpty() ? "GET" : form.attr("method").toUpperCase(), action, multipart, fields);
    }

    private void sweep(Form form) throws IOException {
        for (Field field : form.fields()) {
            boolean text = switch (field.type()) {
                case "text", "search", "email", "tel", "url", "password", "textarea" -> true;
                default -> false;
            };
            if (text && field.max() == null) {
                hostile.fail(form.method() + " " + form.action() + ": text field " + field.name() + " has no maxlength");
            }
            if (field.name().equals("_csrf")) {
                continue;
            }
            for (Value v : HostileValues.forText(field.max())) {
                send(form, field.name(), v);
            }
        }
    }

    /** Opens the form's page for a fresh session and CSRF token, then sends the form with one field hostile. */
    private void send(Form form, String name, Value v) throws IOException {
        RawHttp.Response page = hostile.get(form.page());
        String cookie = cookie(page.header("Set-Cookie"));
        Document html = Jsoup.parse(page.text());
        Element csrf = html.selectFirst("input[name=_csrf]");
        Map<String, String> encoded = new LinkedHashMap<>();
        for (Field f : form.fields()) {
            String value = f.name().equals("_csrf") && csrf != null ? csrf.attr("value") : f.value();
            encoded.put(f.name(), URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        for (Element hidden : html.select("input[type=hidden][name=formToken]")) {
            encoded.computeIfPresent("formToken", (k, old) -> URLEncoder.encode(hidden.attr("value"), StandardCharsets.UTF_8));
        }
        encoded.put(name, v.encoded());
        List<String> headers = new ArrayList<>();
        if (cookie != null) {
            headers.add("Cookie: " + cookie);
        }
        String what = form.method() + " " + form.action() + " field " + name + " " + v.label();
        if (form.method().equals("GET")) {
            hostile.send(what, "GET", form.action() + "?" + query(encoded), headers, null, false, r -> true);
            return;
        }
        byte[] body;
        if (form.multipart()) {
            String boundary = "----hostile" + System.nanoTime();
            headers.add("Content-Type: multipart/form-data; boundary=" + boundary);
            body = multipart(encoded, boundary);
        } else {
            headers.add("Content-Type: application/x-www-form-urlencoded");
            body = query(encoded).getBytes(StandardCharsets.ISO_8859_1);
        }
        hostile.send(what, "POST", form.action(), headers, body, false,
                r -> r.status() >= 400 || r.status() == 200 && r.text().contains("field-error"));
    }

    private static String query(Map<String, String> encoded) {
        StringBuilder q = new StringBuilder();
        encoded.forEach((k, v) -> q.append(q.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(v));
        return q.toString();
    }

    /** Multipart parts carry raw bytes: the %-escapes of the hostile value are decoded to the bytes they name. */
    private static byte[] multipart(Map<String, String> encoded, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> e : encoded.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bytes(e.getValue()));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] bytes(String percentEncoded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < percentEncoded.length(); i++) {
            char c = percentEncoded.charAt(i);
            if (c == '%' && i + 2 < percentEncoded.length() + 0 && isHex(percentEncoded, i + 1) && isHex(percentEncoded, i + 2)) {
                out.write(Integer.parseInt(percentEncoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '+') {
                out.write(' ');
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }

    private static String cookie(String setCookie) {
        if (setCookie == null) {
            return null;
        }
        List<String> pairs = new ArrayList<>();
        for (String line : setCookie.split("\n")) {
            pairs.add(line.split(";", 2)[0].trim());
        }
        return String.join("; ", pairs);
    }

    static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
