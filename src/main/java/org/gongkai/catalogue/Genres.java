package org.gongkai.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** The genre list (体裁), shipped as data in {@code catalogue/genres.txt}; stored by its Chinese name. */
public final class Genres {

    private static final List<String> ALL = load();

    private Genres() {}

    public static List<String> all() {
        return ALL;
    }

    public static boolean isValid(String genre) {
        return genre != null && ALL.contains(genre.strip());
    }

    private static List<String> load() {
        try {
            String text = new ClassPathResource("catalogue/genres.txt").getContentAsString(StandardCharsets.UTF_8);
            return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
