package org.gongkai.imports;

import java.util.Locale;
import org.gongkai.common.GongkaiException;

/** The file formats every import reads. */
public enum ImportFormat {
    CSV, XLSX, JSONL;

    /** The format from the file name or, failing that, the content type; refuses anything else at field {@code file}. */
    public static ImportFormat detect(String filename, String contentType) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || type.contains("spreadsheetml")) {
            return XLSX;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt") || type.contains("csv")) {
            return CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json") || type.contains("json")) {
            return JSONL;
        }
        throw GongkaiException.invalid("file", "只支持 CSV、XLSX 或 JSON Lines（.jsonl）文件");
    }
}
