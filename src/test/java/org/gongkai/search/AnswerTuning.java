package org.gongkai.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.search.QuestionBenchmark.Article;
import org.gongkai.search.QuestionBenchmark.Question;

/** Scratch: tunes the answered-question weights on one fold (answers even, asked odd), reports the other. */
public final class AnswerTuning {
    public static void main(String[] args) throws Exception {
        Path corpus = QuestionBenchmark.corpusDir();
        List<Article> articles = QuestionBenchmark.articles(corpus.resolve("laws/national_articles.jsonl"));
        List<Question> questions = QuestionBenchmark.questions(corpus.resolve("stard-train/train.jsonl"));
        Path work = Files.createTempDirectory("gongkai-tune-");
        Analysis analysis = new Analysis();
        SearchSemantics semantics = new SearchSemantics(analysis);
        LuceneSearchBackend backend = new LuceneSearchBackend(work.resolve("index"), analysis, false);
        Map<String, Long> idOf = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            backend.add(QuestionBenchmark.document(i + 1, articles.get(i)));
            idOf.put(articles.get(i).aid(), (long) i + 1);
        }
        backend.flush();
        AnsweredQuestionIndex index = new AnsweredQuestionIndex(null, analysis);
        List<Question> even = questions.stream().filter(q -> Integer.parseInt(q.qid()) % 2 == 0).toList();
        List<Question> odd = questions.stream().filter(q -> Integer.parseInt(q.qid()) % 2 != 0).toList();
        String[] configs = args.length > 0 ? args : new String[] {"5,0.3,0.15"};
        for (String config : configs) {
            String[] c = config.split(",");
            int k = Integer.parseInt(c[0]);
            float dw = Float.parseFloat(c[1]);
            float ww = Float.parseFloat(c[2]);
            float nw = Float.parseFloat(c[3]);
            double a = fold(even, odd, k, dw, ww, nw, index, backend, semantics, articles, idOf);
            double b = fold(odd, even, k, dw, ww, nw, index, backend, semantics, articles, idOf);
            System.out.printf("k=%d doc=%.2f work=%.2f near=%.2f  tune(even->odd) %.4f  check(odd->even) %.4f%n", k, dw,
                    ww, nw, a, b);
        }
        backend.close();
    }

    static double fold(List<Question> answers, List<Question> asked, int k, float dw, float ww, float nw,
            AnsweredQuestionIndex index, LuceneSearchBackend backend, SearchSemantics semantics,
            List<Article> articles, Map<String, Long> idOf) {
        Map<Long, String> texts = new HashMap<>();
        Map<Long, List<Long>> links = new HashMap<>();
        Map<String, Integer> perWork = new HashMap<>();
        Map<Long, String> workOf = new HashMap<>();
        long id = 0;
        for (Question q : answers) {
            id++;
            texts.put(id, q.text());
            List<Long> docs = new ArrayList<>();
            for (String aid : q.relevant()) {
                Long doc = idOf.get(aid);
                if (doc != null) {
                    docs.add(doc);
                    String w = AnswerFactors.workOf(articles.get((int) (doc - 1)).title());
                    perWork.merge(w, 1, Integer::sum);
                    workOf.put(doc, w);
                }
            }
            links.put(id, docs);
        }
        AnsweredQuestionIndex.Snapshot snapshot = index.build("", texts, links, perWork, workOf, ww);
        return QuestionBenchmark.score(asked, q -> {
            SearchQuery query = new SearchQuery(q, null, null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 1, 10);
            QueryPlan plan = semantics.plan(query, SearchBenchmark.SYNONYMS);
            if (plan.ranked()) {
                plan = plan.withAnswers(index.factors(snapshot, q, k, dw, nw));
            }
            return backend.search(plan).items().stream().map(h -> articles.get((int) h.id() - 1).aid()).toList();
        }).mrr();
    }
}
