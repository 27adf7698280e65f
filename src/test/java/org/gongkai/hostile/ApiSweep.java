package org.gongkai.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.hostile.HostileValues.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Every operation of the OpenAPI document, every parameter and body member, every hostile value. */
final class ApiSweep {

    private static final String MARK = "__HOSTILE__";
    private static final List<String> MAP_PARAMETERS = List.of("q", "page", "size", "year", "unit", "sort", "topic");

    private final Hostile hostile;
    private final JsonNode document;
    private final Map<String, String> tokens;
    private final Seeds seeds;

    ApiSweep(Hostile hostile, JsonNode document, Map<String, String> tokens, Seeds seeds) {
        this.hostile = hostile;
        this.document = document;
        this.tokens = tokens;
        this.seeds = seeds;
    }

    int run() throws IOException {
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                operations++;
                operation(op.getKey().toUpperCase(), path.getKey(), op.getValue());
            }
        }
        return operations;
    }

    private record Param(String name, String in, JsonNode schema) {}

    private void operation(String method, String template, JsonNode op) throws IOException {
        List<Param> params = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            params.add(new Param(p.path("name").asString(), p.path("in").asString(), resolve(p.path("schema"))));
        }
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (Param p : params) {
            if (p.in().equals("path")) {
                pathValues.put(p.name(), seeds.path(p.name(), template));
            }
        }
        JsonNode content = op.path("requestBody").path("content");
        JsonNode jsonSchema = content.has("application/json") ? content.path("application/json").path("schema") : null;
        String baseline = jsonSchema == null ? null : baseline(jsonSchema);
        boolean otherBody = jsonSchema == null && !content.isEmpty();

        List<String> actors = new ArrayList<>();
        actors.add(null);
        String permitted = permitted(method, fill(template, pathValues), baseline);
        if (permitted != null) {
            actors.add(permitted);
        }
        for (String actor : actors) {
            Call call = new Call(method, template, pathValues, actor);
            String who = actor == null ? "anonymous" : "as permitted user";
            for (Param p : params) {
                switch (p.in()) {
                    case "query" -> {
                        List<String> names = p.schema().path("type").asString().equals("object") ? MAP_PARAMETERS : List.of(p.name());
                        for (String name : names) {
                            List<Value> values = isNumber(p.schema()) || name.equals("page") || name.equals("size")
                                    ? HostileInputTest.concat(HostileValues.forNumber(), HostileValues.forText(null))
                                    : HostileValues.forText(maxLength(p.schema()));
                            for (Value v : values) {
                                call.send(who + ", query " + name + " " + v.label(), name + "=" + v.encoded(), null, baseline);
                            }
                        }
                    }
                    case "path" -> {
                        for (Value v : pathValues(p)) {
                            Map<String, String> changed = new LinkedHashMap<>(pathValues);
                            changed.put(p.name(), v.encoded());
                            new Call(method, template, changed, actor)
                                    .send(who + ", path " + p.name() + " " + v.label(), null, null, baseline);
                        }
                    }
                    case "header" -> {
                        if (p.name().equalsIgnoreCase("Idempotency-Key")) {
                            for (String key : List.of("k".repeat(201), "k".repeat(5_000), "键值", "a b\tc")) {
                                call.send(who + ", Idempotency-Key of " + key.length(), null, "Idempotency-Key: " + key, baseline);
                            }
                        }
                    }
                    default -> { }
                }
            }
            if (baseline != null) {
                for (Value v : HostileValues.jsonBodies()) {
                    call.send(who + ", body " + v.label(), null, null, v.encoded());
                }
                call.sendBytes(who + ", body not UTF-8", "application/json",
                        "{\"a\":\"\u00ff\u00fe\"}".getBytes(StandardCharsets.ISO_8859_1));
                for (Map.Entry<String, JsonNode> member : members(jsonSchema, "", 0).entrySet()) {
                    for (Value v : valuesFor(member.getValue())) {
                        String body = marked(baseline, member.getKey());
                        if (body != null) {
                            call.send(who + ", member " + member.getKey() + " " + v.label(), null, null,
                                    body.replace("\"" + MARK + "\"", v.encoded()));
                        }
                    }
                }
            } else if (otherBody) {
                for (Map.Entry<String, JsonNode> type : content.properties()) {
                    String mediaType = type.getKey().equals("multipart/form-data") ? "text/csv" : type.getKey();
                    for (byte[] body : rawBodies()) {
                        call.sendBytes(who + ", " + mediaType + " body of " + body.length + " bytes", mediaType, body);
                    }
                }
            }
        }
    }

    /** The first demo account whose token is not refused (401/403) for the operation's baseline request. */
    private String permitted(String method, String path, String baseline) throws IOException {
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            List<String> headers = new ArrayList<>(List.of("Authorization: Bearer " + token.getValue()));
            byte[] body = null;
            if (!method.equals("GET")) {
                headers.add("Content-Type: application/json");
                body = HostileInputTest.utf8(baseline == null ? "{}" : baseline);
            }
            RawHttp.Response r = hostile.raw(method, path, headers, body);
            hostile.check(method + " " + path + " baseline as " + token.getKey(), r, true);
            if (r.status() != 401 && r.status() != 403) {
                return token.getValue();
            }
        }
        return null;
    }

    private final class Call {
        final String method;
        final String template;
        final Map<String, String> pathValues;
        final String token;

        Call(String method, String template, Map<String, String> pathValues, String token) {
            this.method = method;
            this.template = template;
            this.pathValues = pathValues;
            this.token = token;
        }

        void send(String what, String query, String header, String json) {
            List<String> headers = new ArrayList<>();
            if (header != null) {
                headers.add(header);
            }
            byte[] body = null;
            if (!method.equals("GET")) {
                headers.add("Content-Type: application/json");
                body = HostileInputTest.utf8(json == null ? "{}" : json);
            }
            exchange(what, query, headers, body);
        }

        void sendBytes(String what, String contentType, byte[] body) {
            exchange(what, null, new ArrayList<>(List.of("Content-Type: " + contentType)), body);
        }

        private void exchange(String what, String query, List<String> headers, byte[] body) {
            if (token != null) {
                headers.add("Authorization: Bearer " + token);
            }
            String target = fill(template, pathValues) + (query == null ? "" : "?" + query);
            hostile.send(method + " " + template + " (" + what + ")", method, target, headers, body, true,
                    r -> r.status() >= 400);
        }
    }

    private static List<byte[]> rawBodies() {
        List<byte[]> bodies = new ArrayList<>();
        bodies.add(new byte[] {(byte) 0xff, (byte) 0xfe, 'a', 0, 'b'});
        bodies.add(("title,body\n" + "字".repeat(1_000) + "," + "x".repeat(300_000) + "\n").getBytes(StandardCharsets.UTF_8));
        bodies.add(("{\"title\":\"" + "t".repeat(600) + "\",\"on\":\"+999999999-12-31\",\"x\":\"a\\u0000\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        bodies.add("x".repeat(1_048_576).getBytes(StandardCharsets.UTF_8));
        return bodies;
    }

    private static List<Value> pathValues(Param p) {
        return List.of(new Value("huge number", "99999999999999999999"), new Value("negative", "-1"),
                new Value("not a number", "abc"), new Value("invalid UTF-8", "%FF"), new Value("NUL", "a%00"),
                new Value("encoded slash", "a%2Fb"), new Value("300 characters", "z".repeat(300)),
                new Value("lone surrogate", "%ED%A0%80"), new Value("far year", "999999999"));
    }

    private List<Value> valuesFor(JsonNode schema) {
        String type = schema.path("type").asString();
        return switch (type) {
            case "integer", "number" -> HostileValues.jsonForNumber();
            case "boolean" -> HostileValues.jsonForBoolean();
            case "array", "object" -> HostileValues.jsonForContainer();
            default -> HostileValues.jsonForString(maxLength(schema), "date".equals(schema.path("format").asString()),
                    schema.has("enum") ? enumValues(schema) : null);
        };
    }

    private static List<String> enumValues(JsonNode schema) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(v -> values.add(v.asString()));
        return values.isEmpty() ? List.of("A") : values;
    }

    /** Members to mutate: every property, two levels deep, as dotted paths (arrays: their first element). */
    private Map<String, JsonNode> members(JsonNode schemaRef, String prefix, int depth) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode schema = resolve(schemaRef);
        if (schema.path("type").asString().equals("array")) {
            schema = resolve(schema.path("items"));
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = prefix + property.getKey();
            JsonNode propertySchema = resolve(property.getValue());
            out.put(name, propertySchema);
            if (depth < 1 && (propertySchema.has("properties") || propertySchema.path("items").has("$ref"))) {
                out.putAll(members(propertySchema, name + ".", depth + 1));
            }
        }
        return out;
    }

    /** The baseline body with the member at {@code path} replaced by the marker, or null if it is not there. */
    private static String marked(String baseline, String path) {
        JsonNode root = JsonMapper.shared().readTree(baseline);
        JsonNode node = root;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            node = node.isArray() ? node.path(0).path(steps[i]) : node.path(steps[i]);
        }
        if (node.isArray()) {
            node = node.path(0);
        }
        if (!(node instanceof ObjectNode object)) {
            return null;
        }
        object.put(steps[steps.length - 1], MARK);
        return JsonMapper.shared().writeValueAsString(root);
    }

    private String baseline(JsonNode schemaRef) throws IOException {
        String ref = schemaRef.path("$ref").asString("");
        if (!ref.isEmpty()) {
            String seeded = seeds.body(ref.substring(ref.lastIndexOf('/') + 1));
            if (seeded != null) {
                return seeded;
            }
        }
        return JsonMapper.shared().writeValueAsString(example(schemaRef, 0));
    }

    private JsonNode example(JsonNode schemaRef, int depth) {
        JsonNode schema = resolve(schemaRef);
        JsonNodeFactory f = JsonNodeFactory.instance;
        String type = schema.path("type").asString(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode object = f.objectNode();
                if (depth < 4) {
                    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                        object.set(p.getKey(), example(p.getValue(), depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = f.arrayNode();
                if (depth < 4) {
                    array.add(example(schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer", "number" -> {
                return f.numberNode(1);
            }
            case "boolean" -> {
                return f.booleanNode(true);
            }
            default -> {
                if (schema.has("enum")) {
                    return f.stringNode(schema.path("enum").path(0).asString());
                }
                String format = schema.path("format").asString("");
                return f.stringNode(switch (format) {
                    case "date" -> "2026-01-05";
                    case "date-time" -> "2026-01-05T10:00:00Z";
                    default -> "测试";
                });
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.path("$ref").asString();
            current = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (current.has("allOf")) {
            Iterator<JsonNode> parts = current.path("allOf").iterator();
            if (parts.hasNext()) {
                return resolve(parts.next());
            }
        }
        return current;
    }

    private static boolean isNumber(JsonNode schema) {
        String type = schema.path("type").asString();
        return type.equals("integer") || type.equals("number");
    }

    private static Integer maxLength(JsonNode schema) {
        return schema.has("maxLength") ? schema.path("maxLength").asInt() : null;
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        return path;
    }
}
