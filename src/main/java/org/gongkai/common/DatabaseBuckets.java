package org.gongkai.common;

import io.github.bucket4j.BucketExceptions.BucketExecutionException;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * bucket4j's generic select-for-update backend on table {@code rate_limit_bucket} in SQL that runs unchanged on
 * PostgreSQL and on H2 in PostgreSQL mode (bucket4j's own PostgreSQL module inserts with {@code ON CONFLICT}, which H2
 * refuses, and Maven Central serves it only up to 8.14 against core 8.19; decision 016). Each bucket operation is one
 * short transaction on its own connection: {@code SELECT … FOR UPDATE} of the bucket's row (inserted empty first
 * when missing; a concurrent insert of the same key is undone to a savepoint and the lock retried), then
 * {@code UPDATE} of its state and expiry (epoch milliseconds after which the bucket is full again).
 */
class DatabaseBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

    private final DataSource dataSource;
    private final ExpirationAfterWriteStrategy expiration;

    DatabaseBuckets(DataSource dataSource, ExpirationAfterWriteStrategy expiration) {
        super(ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(expiration));
        this.dataSource = dataSource;
        this.expiration = expiration;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM rate_limit_bucket WHERE id = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    /** Deletes up to {@code max} buckets that are full again; returns how many. */
    int removeExpired(int max) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM rate_limit_bucket WHERE id IN"
                        + " (SELECT id FROM rate_limit_bucket WHERE expires_at < ? ORDER BY expires_at LIMIT ?)")) {
            delete.setLong(1, currentTimeNanos() / 1_000_000);
            delete.setInt(2, max);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> requestTimeoutNanos) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
        return new Transaction(connection, key);
    }

    private final class Transaction implements SelectForUpdateBasedTransaction {

        private final Connection connection;
        private final String key;

        Transaction(Connection connection, String key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> timeout) {
            run(() -> connection.setAutoCommit(false));
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state FROM rate_limit_bucket WHERE id = ? FOR UPDATE")) {
                applyTimeout(select, timeout);
                select.setString(1, key);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? LockAndGetResult.locked(rs.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeout) {
            Savepoint savepoint = null;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO rate_limit_bucket (id, state) SELECT ?, NULL WHERE NOT EXISTS"
                            + " (SELECT 1 FROM rate_limit_bucket WHERE id = ?)")) {
                applyTimeout(insert, timeout);
                insert.setString(1, key);
                insert.setString(2, key);
                savepoint = connection.setSavepoint();
                boolean inserted = insert.executeUpdate() > 0;
                connection.releaseSavepoint(savepoint);
                return inserted;
            } catch (SQLException e) {
                if (savepoint != null && "23505".equals(e.getSQLState())) { // another instance inserted it first
                    run(connection::rollback, savepoint);
                    return false;
                }
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState state, Optional<Long> timeout) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE rate_limit_bucket SET state = ?, expires_at = ? WHERE id = ?")) {
                applyTimeout(update, timeout);
                long nowNanos = currentTimeNanos();
                update.setBytes(1, data);
                update.setLong(2, nowNanos / 1_000_000 + expiration.calculateTimeToLiveMillis(state, nowNanos));
                update.setString(3, key);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public void commit(Optional<Long> timeout) {
            run(connection::commit);
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void release() {
            run(connection::close);
        }

        private void run(SqlAction action) {
            try {
                action.run();
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        private void run(SavepointAction action, Savepoint savepoint) {
            try {
                action.run(savepoint);
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private interface SavepointAction {
        void run(Savepoint savepoint) throws SQLException;
    }
}
