package org.gongkai.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency keys of every import (issue #8 class 7: a retry never duplicates). A client sends
 * {@code Idempotency-Key}; the first completed import stores the key with a hash of the body and its result,
 * scoped per actor and endpoint, <em>in the import's own transaction</em> (so rows and key commit together).
 * The same key with the same body later returns that result without writing; with a different body it is
 * refused with 409 {@link ErrorCode#IDEMPOTENCY_KEY_REUSED}. A refused import (nothing written) stores nothing,
 * so a corrected file may be sent again with the same key. Keys expire after {@code gongkai.imports.idempotency-ttl}.
 */
@Service
public class IdempotencyKeys {

    /** Longest accepted key. */
    public static final int KEY_MAX = 200;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ImportProperties properties;

    IdempotencyKeys(JdbcClient jdbc, Clock clock, ImportProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** A key claimed for one call of one endpoint by the current actor; {@link Claim#NONE} when no key was sent. */
    public Claim claim(String endpoint, String key, String bodyHash) {
        if (key == null || key.isBlank()) {
            return Claim.NONE;
        }
        String k = key.strip();
        if (k.length() > KEY_MAX || !k.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw GongkaiException.invalid("Idempotency-Key", "幂等键应为不超过" + KEY_MAX + "个字符的可见 ASCII 字符");
        }
        String actor = Actor.current().map(Actor::username).orElse("system");
        return new Claim(this, actor, endpoint, k, bodyHash);
    }

    /** The SHA-256 of a body (and of any parts that change its meaning, e.g. the format), hex. */
    public static String hash(InputStream body, String... parts) {
        try (InputStream in = body) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                digest.update((p == null ? "" : p).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new GongkaiException(ErrorCode.INTERNAL_ERROR, "SHA-256 不可用");
        }
    }

    public static String hash(byte[] body, String... parts) {
        return hash(new java.io.ByteArrayInputStream(body), parts);
    }

    <T> Optional<T> replay(Claim c, Class<T> type) {
        Optional<String[]> seen = jdbc.sql("SELECT body_hash, result FROM imports_idempotency "
                        + "WHERE actor = :a AND endpoint = :e AND idem_key = :k AND expires_at > :now")
                .param("a", c.actor).param("e", c.endpoint).param("k", c.key)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        if (!seen.get()[0].equals(c.bodyHash)) {
            throw new GongkaiException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "该幂等键（Idempotency-Key）已用于内容不同的另一次导入，请换一个新的幂等键", "Idempotency-Key");
        }
        return Optional.of(JSON.readValue(seen.get()[1], type));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void remember(Claim c, Object result) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM imports_idempotency WHERE expires_at <= :now")
                .param("now", now.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("INSERT INTO imports_idempotency (actor, endpoint, idem_key, body_hash, result, created_at, expires_at) "
                        + "VALUES (:a, :e, :k, :h, :r, :c, :x)")
                .param("a", c.actor).param("e", c.endpoint).param("k", c.key).param("h", c.bodyHash)
                .param("r", JSON.writeValueAsString(result)).param("c", now.atOffset(ZoneOffset.UTC))
                .param("x", now.plus(properties.idempotencyTtl()).atOffset(ZoneOffset.UTC)).update();
    }

    /** One claimed key. */
    public static final class Claim {
        /** No key sent: every call runs. */
        public static final Claim NONE = new Claim(null, null, null, null, null);

        private final IdempotencyKeys keys;
        private final String actor;
        private final String endpoint;
        private final String key;
        private final String bodyHash;

        private Claim(IdempotencyKeys keys, String actor, String endpoint, String key, String bodyHash) {
            this.keys = keys;
            this.actor = actor;
            this.endpoint = endpoint;
            this.key = key;
            this.bodyHash = bodyHash;
        }

        /**
         * The first result for this key and body, or the result of {@code work}, which must call {@link #remember}
         * in its transaction once it has written. Two concurrent calls with one key: the second's transaction fails
         * on the key and it answers with the first one's result.
         */
        public <T> T run(Class<T> type, Supplier<T> work) {
            if (keys == null) {
                return work.get();
            }
            Optional<T> first = keys.replay(this, type);
            if (first.isPresent()) {
                return first.get();
            }
            try {
                return work.get();
            } catch (DuplicateKeyException concurrent) {
                return keys.replay(this, type).orElseThrow(() -> concurrent);
            }
        }

        /** Stores the key with the result; call inside the transaction that wrote the rows. No-op without a key. */
        public void remember(Object result) {
            if (keys != null) {
                keys.remember(this, result);
            }
        }
    }
}
