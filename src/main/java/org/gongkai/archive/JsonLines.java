package org.gongkai.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gongkai.common.ErrorCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads JSON lines one object at a time, each line bounded; invalid UTF-8 or JSON is refused with its line number. */
final class JsonLines {

    private final Reader reader;
    private final int maxChars;
    private final JsonMapper json;
    private final String table;
    private long number;

    JsonLines(InputStream in, int maxChars, JsonMapper json, String table) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
        this.maxChars = maxChars;
        this.json = json;
        this.table = table;
    }

    long number() {
        return number;
    }

    /** The next row, or null at the end. */
    @SuppressWarnings("unchecked")
    Map<String, Object> next() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int c;
            try {
                c = reader.read();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw ArchiveCheck.refuse(ErrorCode.ARCHIVE_MALFORMED, "表 " + table + " 第 " + (number + 1)
                        + " 行不是有效的 UTF-8 文本");
            }
            if (c == -1 && line.isEmpty()) {
                return null;
            }
            if (c == -1 || c == '\n') {
                number++;
                if (line.toString().isBlank()) {
                    continue;
                }
                try {
                    Object value = json.readValue(line.toString(), Object.class);
                    if (value instanceof Map<?, ?> map) {
                        return (Map<String, Object>) map;
                    }
                } catch (JacksonException e) {
                    // refused below
                }
                throw ArchiveCheck.refuse(ErrorCode.ARCHIVE_MALFORMED, "表 " + table + " 第 " + number
                        + " 行不是有效的 JSON 对象");
            }
            if (line.length() >= maxChars) {
                throw ArchiveCheck.refuse(ErrorCode.ARCHIVE_TOO_LARGE, "表 " + table + " 第 " + (number + 1)
                        + " 行超过 " + maxChars + " 个字符");
            }
            line.append((char) c);
        }
    }
}
