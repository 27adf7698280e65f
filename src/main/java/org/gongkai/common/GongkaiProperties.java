package org.gongkai.common;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Platform-wide settings.
 *
 * @param dataDir   where the H2 database, search index, uploaded files and keys live ({@code ./data})
 * @param siteName  the portal's name, e.g. 示例县人民政府
 * @param sm4Key    hex SM4 key (32 hex digits) for personal data at rest; when empty a key is generated
 *                  once into {@code <dataDir>/keys/sm4.key}. Set it explicitly in production.
 * @param demo      whether to load the demo county into an empty database on first start
 */
@ConfigurationProperties("gongkai")
public record GongkaiProperties(Path dataDir, String siteName, String sm4Key, boolean demo) {

    public GongkaiProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (siteName == null || siteName.isBlank()) {
            siteName = "示例县人民政府";
        }
    }
}
