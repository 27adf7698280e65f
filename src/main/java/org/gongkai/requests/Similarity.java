package org.gongkai.requests;

import java.util.HashSet;
import java.util.Set;

/** Rough similarity of two Chinese descriptions: Jaccard overlap of character bigrams, in percent. */
final class Similarity {

    private Similarity() {}

    static int percent(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> either = new HashSet<>(x);
        either.addAll(y);
        return (int) Math.round(100.0 * both.size() / either.size());
    }

    private static Set<String> bigrams(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        String clean = text.replaceAll("[\\s\\p{Punct}，。、；：？！“”（）《》]", "");
        for (int i = 0; i + 1 < clean.length(); i++) {
            out.add(clean.substring(i, i + 2));
        }
        return out;
    }
}
