package org.gongkai.hotline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hints of similar open tickets at the operator's intake (issue #12): the open tickets' title, content and address in a
 * small in-memory Lucene index (smartcn words), rebuilt when the set of open tickets changed since it was built; the
 * operator's text and address are matched against it (the address counts double). The hotline keeps its own index
 * (decision 023): the search module indexes published documents for the public, never case data.
 */
@Component
class SimilarTickets {

    /** One hint: an open ticket like the one being taken in. */
    record Hint(String ticketNumber, String title, TicketStatus status, String address, Instant receivedAt) {}

    static final int MAX_OPEN = 5000;

    private final JdbcClient jdbc;
    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private volatile Snapshot snapshot;

    private record Snapshot(String fingerprint, DirectoryReader reader) {}

    SimilarTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Hint> similar(String text, String address, int limit) {
        List<String> words = words(text);
        List<String> places = words(address);
        if (words.isEmpty() && places.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        if (!words.isEmpty()) {
            BooleanQuery.Builder w = new BooleanQuery.Builder();
            words.forEach(t -> w.add(new TermQuery(new Term("text", t)), BooleanClause.Occur.SHOULD));
            w.setMinimumNumberShouldMatch(Math.max(1, (words.size() + 2) / 3));
            q.add(w.build(), BooleanClause.Occur.SHOULD);
        }
        if (!places.isEmpty()) {
            BooleanQuery.Builder p = new BooleanQuery.Builder();
            places.forEach(t -> p.add(new TermQuery(new Term("address", t)), BooleanClause.Occur.SHOULD));
            p.setMinimumNumberShouldMatch(Math.max(1, (places.size() + 1) / 2));
            q.add(new BoostQuery(p.build(), 2f), BooleanClause.Occur.SHOULD);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(current().reader());
            List<Hint> out = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(q.build(), limit).scoreDocs) {
                Document d = searcher.storedFields().document(hit.doc);
                String addr = d.get("address");
                out.add(new Hint(d.get("number"), d.get("title"), TicketStatus.valueOf(d.get("status")),
                        addr == null || addr.isEmpty() ? null : addr,
                        Instant.ofEpochMilli(d.getField("received").numericValue().longValue())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final List<String> OPEN = java.util.Arrays.stream(TicketStatus.values())
            .filter(TicketStatus::open).map(Enum::name).toList();

    /** The index of the open tickets as they are now (rebuilt when they changed). */
    private Snapshot current() throws IOException {
        Map<String, Object> f = jdbc.sql("SELECT COUNT(*) AS n, COALESCE(MAX(id), 0) AS top, COALESCE(SUM(version), 0) "
                + "AS v FROM hotline_ticket WHERE status IN (:open)").param("open", OPEN).query().singleRow();
        String fingerprint = f.get("n") + "/" + f.get("top") + "/" + f.get("v");
        Snapshot s = snapshot;
        if (s != null && s.fingerprint().equals(fingerprint)) {
            return s;
        }
        synchronized (this) {
            if (snapshot != null && snapshot.fingerprint().equals(fingerprint)) {
                return snapshot;
            }
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                jdbc.sql("SELECT ticket_number, status, title, content, address, received_at FROM hotline_ticket "
                        + "WHERE status IN (:open) ORDER BY received_at DESC LIMIT " + MAX_OPEN).param("open", OPEN)
                        .query(rs -> {
                            Document d = new Document();
                            d.add(new StringField("number", rs.getString("ticket_number"), Field.Store.YES));
                            d.add(new StoredField("status", rs.getString("status")));
                            d.add(new TextField("text", rs.getString("title") + "\n" + rs.getString("content"),
                                    Field.Store.NO));
                            d.add(new StoredField("title", rs.getString("title")));
                            String address = rs.getString("address");
                            d.add(new TextField("address", address == null ? "" : address, Field.Store.YES));
                            d.add(new StoredField("received",
                                    TicketRepository.instant(rs, "received_at").toEpochMilli()));
                            try {
                                writer.addDocument(d);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
            }
            // the previous reader is left to the garbage collector: it holds heap only, and a search may still use it
            snapshot = new Snapshot(fingerprint, DirectoryReader.open(dir));
            return snapshot;
        }
    }

    /** The words of a text as the index has them (smartcn), without repeats; at most 64. */
    List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text.length() > 2000 ? text.substring(0, 2000) : text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < 64) {
                String t = term.toString();
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
