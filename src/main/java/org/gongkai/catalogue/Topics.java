package org.gongkai.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;

/**
 * The two-level topic classification (主题分类): gov.cn's 22 top classes and their subclasses, shipped as data
 * in {@code catalogue/topics.txt}. A topic is stored as {@code 一级\二级}, e.g. {@code 综合政务\政务公开}.
 */
public final class Topics {

    public static final String SEPARATOR = "\\";

    public record Topic(String top, String sub) {
        public String code() {
            return top + SEPARATOR + sub;
        }
    }

    private static final Map<String, List<String>> CLASSES = load();

    private Topics() {}

    /** Top class name → subclass names, in the official order. */
    public static Map<String, List<String>> classes() {
        return CLASSES;
    }

    public static List<Topic> all() {
        List<Topic> topics = new ArrayList<>();
        CLASSES.forEach((top, subs) -> subs.forEach(sub -> topics.add(new Topic(top, sub))));
        return topics;
    }

    /** Parses {@code 一级\二级} (also accepting / or ＼ as separator); empty when not in the classification. */
    public static Optional<Topic> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace('＼', '\\').replace('/', '\\');
        int cut = t.indexOf('\\');
        if (cut < 0) {
            return Optional.empty();
        }
        String top = t.substring(0, cut).strip();
        String sub = t.substring(cut + 1).strip();
        List<String> subs = CLASSES.get(top);
        return subs != null && subs.contains(sub) ? Optional.of(new Topic(top, sub)) : Optional.empty();
    }

    public static boolean isValid(String code) {
        return parse(code).isPresent();
    }

    public static String top(String code) {
        int cut = code == null ? -1 : code.indexOf('\\');
        return cut < 0 ? code : code.substring(0, cut);
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("catalogue/topics.txt").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                String top = line.substring(0, colon).strip();
                List<String> subs = Arrays.stream(line.substring(colon + 1).split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
                classes.put(top, subs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(classes);
    }
}
