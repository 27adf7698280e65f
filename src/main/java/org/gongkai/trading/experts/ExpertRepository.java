package org.gongkai.trading.experts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.common.FieldCipher;
import org.gongkai.trading.draws.Eligibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The expert pool: {@code trading_expert} (ID number and phone SM4-encrypted) with specialties, former employers and
 * declared conflicts; the specialty list {@code trading_specialty}.
 */
@Repository
public class ExpertRepository {

    /** An expert's contact for the draw operator's notification (decrypted only for that page). */
    public record Contact(String expertId, String name, String title, String phone) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ExpertRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Set<String> knownSpecialties() {
        return new HashSet<>(jdbc.sql("SELECT code FROM trading_specialty").query(String.class).list());
    }

    void addSpecialty(String code, Instant now) {
        addSpecialty(code, code, now);
    }

    /** Adds a specialty to the list with its name (the demo's list; an import names a new code by itself). */
    public void addSpecialty(String code, String name, Instant now) {
        jdbc.sql("INSERT INTO trading_specialty (code, name, added_at) VALUES (:c, :n, :now)")
                .param("c", code).param("n", name).param("now", Timestamp.from(now)).update();
    }

    Map<String, Long> ids(List<String> expertIds) {
        Map<String, Long> out = new HashMap<>();
        for (int from = 0; from < expertIds.size(); from += 500) {
            jdbc.sql("SELECT expert_id, id FROM trading_expert WHERE expert_id IN (:ids)")
                    .param("ids", expertIds.subList(from, Math.min(expertIds.size(), from + 500)))
                    .query((rs, i) -> out.put(rs.getString(1), rs.getLong(2))).list();
        }
        return out;
    }

    /** Inserts or replaces an expert with its lists. */
    void save(Long pk, ExpertInput in, Instant now) {
        Map<String, Object> v = new HashMap<>();
        v.put("expertId", in.expertId());
        v.put("name", in.name().trim());
        v.put("idNumber", cipher.encrypt(in.idNumber().trim().toUpperCase(java.util.Locale.ROOT)));
        v.put("title", in.title());
        v.put("employer", in.employerCode());
        v.put("region", in.region());
        v.put("phone", cipher.encrypt(in.phone() == null || in.phone().isBlank() ? null : in.phone().trim()));
        v.put("status", in.status());
        v.put("from", in.statusFrom());
        v.put("until", in.statusUntil());
        v.put("now", Timestamp.from(now));
        long id;
        if (pk == null) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO trading_expert (expert_id, name, id_number_enc, title, employer_code, region, phone_enc,
                      status, status_from, status_until, created_at, updated_at)
                    VALUES (:expertId, :name, :idNumber, :title, :employer, :region, :phone, :status, :from, :until,
                      :now, :now)""").params(v).update(keys, "id");
            id = keys.getKey().longValue();
        } else {
            id = pk;
            jdbc.sql("""
                    UPDATE trading_expert SET name = :name, id_number_enc = :idNumber, title = :title,
                      employer_code = :employer, region = :region, phone_enc = :phone, status = :status,
                      status_from = :from, status_until = :until, updated_at = :now WHERE id = :id""")
                    .params(v).param("id", id).update();
            for (String table : List.of("trading_expert_specialty", "trading_expert_former_employer",
                    "trading_expert_conflict")) {
                jdbc.sql("DELETE FROM " + table + " WHERE expert_pk = :id").param("id", id).update();
            }
        }
        for (String s : new java.util.LinkedHashSet<>(in.specialties())) {
            jdbc.sql("INSERT INTO trading_expert_specialty (expert_pk, specialty_code) VALUES (:id, :s)")
                    .param("id", id).param("s", s).update();
        }
        for (ExpertInput.Former f : new java.util.LinkedHashSet<>(in.formerEmployers())) {
            jdbc.sql("INSERT INTO trading_expert_former_employer (expert_pk, employer_code, until_on) VALUES (:id, :c, :u)")
                    .param("id", id).param("c", f.code()).param("u", f.until()).update();
        }
        for (ExpertInput.Conflict c : new java.util.LinkedHashSet<>(in.conflicts())) {
            jdbc.sql("INSERT INTO trading_expert_conflict (expert_pk, party_code, kind) VALUES (:id, :p, :k)")
                    .param("id", id).param("p", c.partyCode()).param("k", c.kind()).update();
        }
    }

    /** Every expert with the specialty, with what the draw's rules look at (four set-based queries). */
    public List<Eligibility.Candidate> withSpecialty(String specialty) {
        Map<Long, String> ids = new HashMap<>();
        Map<Long, Object[]> rows = new HashMap<>();
        jdbc.sql("""
                SELECT e.id, e.expert_id, e.status, e.status_from, e.status_until, e.employer_code
                FROM trading_expert e JOIN trading_expert_specialty s ON s.expert_pk = e.id
                WHERE s.specialty_code = :s""").param("s", specialty)
                .query((rs, i) -> {
                    ids.put(rs.getLong(1), rs.getString(2));
                    return rows.put(rs.getLong(1), new Object[] {rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getString(6)});
                }).list();
        Map<Long, List<Eligibility.FormerEmployer>> former = new HashMap<>();
        jdbc.sql("""
                SELECT f.expert_pk, f.employer_code, f.until_on FROM trading_expert_former_employer f
                JOIN trading_expert_specialty s ON s.expert_pk = f.expert_pk WHERE s.specialty_code = :s""")
                .param("s", specialty)
                .query((rs, i) -> former.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Eligibility.FormerEmployer(rs.getString(2), rs.getObject(3, LocalDate.class)))).list();
        Map<Long, Set<String>> conflicts = new HashMap<>();
        jdbc.sql("""
                SELECT c.expert_pk, c.party_code FROM trading_expert_conflict c
                JOIN trading_expert_specialty s ON s.expert_pk = c.expert_pk WHERE s.specialty_code = :s""")
                .param("s", specialty)
                .query((rs, i) -> conflicts.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)))
                .list();
        List<Eligibility.Candidate> out = new ArrayList<>();
        rows.forEach((pk, r) -> out.add(new Eligibility.Candidate(ids.get(pk), Set.of(specialty), (String) r[0],
                (LocalDate) r[1], (LocalDate) r[2], (String) r[3], former.getOrDefault(pk, List.of()),
                conflicts.getOrDefault(pk, Set.of()))));
        return out;
    }

    /** Names, titles and phones of the given experts, in the given order (for the draw operator only). */
    public List<Contact> contacts(List<String> expertIds) {
        if (expertIds.isEmpty()) {
            return List.of();
        }
        Map<String, Contact> byId = new HashMap<>();
        jdbc.sql("SELECT expert_id, name, title, phone_enc FROM trading_expert WHERE expert_id IN (:ids)")
                .param("ids", expertIds)
                .query((rs, i) -> byId.put(rs.getString(1), new Contact(rs.getString(1), rs.getString(2),
                        rs.getString(3), cipher.decrypt(rs.getString(4))))).list();
        return expertIds.stream().map(byId::get).filter(c -> c != null).toList();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM trading_expert").query(Long.class).single();
    }
}
