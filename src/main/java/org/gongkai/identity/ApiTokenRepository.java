package org.gongkai.identity;

import static org.gongkai.identity.AccountRepository.instant;
import static org.gongkai.identity.AccountRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Personal API tokens (table {@code identity_api_token}), looked up by the SM3 hash of the token. */
@Repository
class ApiTokenRepository {

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long staffId, String name, String tokenHash, String hint, Instant createdAt, Instant expiresAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO identity_api_token (staff_id, name, token_hash, hint, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(staffId, name, tokenHash, hint, ts(createdAt), ts(expiresAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<ApiToken> findByHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM identity_api_token WHERE token_hash = ?").param(tokenHash)
                .query(ApiTokenRepository::map).optional();
    }

    Optional<ApiToken> find(long id) {
        return jdbc.sql("SELECT * FROM identity_api_token WHERE id = ?").param(id).query(ApiTokenRepository::map).optional();
    }

    List<ApiToken> forStaff(long staffId) {
        return jdbc.sql("SELECT * FROM identity_api_token WHERE staff_id = ? ORDER BY id DESC").param(staffId)
                .query(ApiTokenRepository::map).list();
    }

    List<ApiToken> all() {
        return jdbc.sql("SELECT * FROM identity_api_token ORDER BY id DESC").query(ApiTokenRepository::map).list();
    }

    void revoke(long id, Instant now) {
        jdbc.sql("UPDATE identity_api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(ts(now), id).update();
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getLong("staff_id"), rs.getString("name"), rs.getString("hint"),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "revoked_at"));
    }
}
