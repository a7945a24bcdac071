package jp.cityplan.app.config.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells whether a failure means "the database cannot be reached right now" (down, restarting, no free connection
 * within the pool's timeout), as opposed to a bug or a refused request. Looks through the whole cause chain: the
 * engine, Hibernate and Spring each wrap the driver's exception in their own.
 */
public final class DatabaseUnavailable {

    /** SQLSTATE classes and codes of a lost or refused connection (08…) and of a server shutting down (57P0…). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final String[] SHUTDOWN_STATES = {"57P01", "57P02", "57P03"};

    private static final String HIKARI_PROXY_CONNECTION = "com.zaxxer.hikari.pool.ProxyConnection";

    private DatabaseUnavailable() {
    }

    public static boolean isCauseOf(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (isUnavailable(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnavailable(Throwable t) {
        if (t instanceof CannotCreateTransactionException
                || t instanceof DataAccessResourceFailureException
                || t instanceof TransientDataAccessResourceException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() == null && thrownByEvictedConnection(sql)) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
            for (String shutdown : SHUTDOWN_STATES) {
                if (shutdown.equals(state)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The pool's stand-in for a connection it already threw away as broken (the server went away in the middle of a
     * transaction): every call, the rollback included, fails with a plain "Connection is closed" without SQLSTATE.
     */
    private static boolean thrownByEvictedConnection(SQLException sql) {
        StackTraceElement[] trace = sql.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(HIKARI_PROXY_CONNECTION);
    }
}
