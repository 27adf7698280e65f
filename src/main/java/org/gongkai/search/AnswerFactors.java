package org.gongkai.search;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What answered questions say about a question typed into search (decision 018): a factor for each document that
 * answered a similar question, and one for each work (the 《…》 named in a title) that answers were found in. Both
 * multiply a document's relevance score; they order, never filter. Empty for keyword searches.
 */
record AnswerFactors(Map<Long, Float> documents, Map<String, Float> works) {

    static final AnswerFactors NONE = new AnswerFactors(Map.of(), Map.of());

    private static final Pattern WORK = Pattern.compile("《([^《》]{1,200})》");

    AnswerFactors {
        documents = Map.copyOf(documents);
        works = Map.copyOf(works);
    }

    boolean isEmpty() {
        return documents.isEmpty() && works.isEmpty();
    }

    /**
     * The work a document belongs to: the first 《…》 in its title (「《中华人民共和国民法典》第五百七十七条」, 「关于印发《某县农村宅基地
     * 管理办法》的通知」), or null when the title names none.
     */
    static String workOf(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = WORK.matcher(title);
        return m.find() ? m.group(1).strip() : null;
    }
}
