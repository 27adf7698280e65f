package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue #8 class 1 through the real servlet container (MockMvc does not build Location headers the way Tomcat
 * does): a forged Host / X-Forwarded-Host is never reflected into a redirect or the sitemap. Raw sockets,
 * because HTTP clients refuse to send a Host header of the caller's choosing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("integration")
class RealServerHostHeaderTest {

    @LocalServerPort
    int port;

    String send(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\n"
                    + "X-Forwarded-Proto: https\r\nForwarded: host=evil.example;proto=https\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void redirectsAreRelativeAndNeverCarryTheForgedHost() throws IOException {
        for (String path : new String[] {"/console", "/console/audit", "/login/totp"}) {
            String response = send(path);
            assertThat(response).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
            String location = response.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).findFirst()
                    .orElseThrow().substring(9).strip();
            assertThat(location).startsWith("/");
        }
    }

    @Test
    void sitemapAndPagesNeverCarryTheForgedHost() throws IOException {
        for (String path : new String[] {"/sitemap.xml", "/openness", "/"}) {
            String response = send(path);
            assertThat(response).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
        }
    }
}
