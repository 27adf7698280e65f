package org.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code <data-dir>/demo-credentials.json}, which identity writes in demo mode. */
public final class DemoCredentials {

    public record Account(String username, String password, String totpSecret, String apiToken, List<String> roles,
            List<String> unitCodes) {}

    private DemoCredentials() {}

    public static Path file(Path dataDir) {
        return dataDir.resolve("demo-credentials.json");
    }

    public static List<Account> read(Path dataDir) {
        Path file = file(dataDir);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("No demo credentials at " + file.toAbsolutePath()
                    + ": identity writes them when the demo county is loaded");
        }
        try {
            JsonNode array = JsonMapper.shared().readTree(Files.readString(file));
            List<Account> accounts = new ArrayList<>();
            for (JsonNode a : array) {
                accounts.add(new Account(text(a, "username"), text(a, "password"), text(a, "totpSecret"),
                        text(a, "apiToken"), strings(a.path("roles")), strings(a.path("unitCodes"))));
            }
            return accounts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Account account(Path dataDir, String username) {
        return read(dataDir).stream()
                .filter(a -> username.equals(a.username()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo account " + username + " in " + file(dataDir)));
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
