package jp.cityplan.bench.sql;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Wraps a {@link DataSource} so that every statement its connections execute and every commit is counted in
 * {@link SqlCounts}. Plain JDK proxies: no library, the same counting in the engine-only run and inside the app.
 * A prepared statement counts each time it is executed or a row set is added to its batch; {@code executeBatch}
 * itself adds nothing (its rows were counted when added).
 */
public final class CountingDataSource {

    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");

    private CountingDataSource() {
    }

    public static DataSource wrap(DataSource target, SqlCounts counts) {
        return proxy(DataSource.class, target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Connection connection && method.getName().startsWith("getConnection")) {
                return connection(connection, counts);
            }
            return result;
        });
    }

    private static Connection connection(Connection target, SqlCounts counts) {
        return proxy(Connection.class, target, (proxy, method, args) -> {
            String name = method.getName();
            if ("commit".equals(name)) {
                counts.commit();
            }
            Object result = invoke(target, method, args);
            if (result instanceof CallableStatement statement && name.equals("prepareCall")) {
                return prepared(CallableStatement.class, statement, (String) args[0], counts);
            }
            if (result instanceof PreparedStatement statement && name.equals("prepareStatement")) {
                return prepared(PreparedStatement.class, statement, (String) args[0], counts);
            }
            if (result instanceof Statement statement && name.equals("createStatement")) {
                return plain(statement, counts);
            }
            return result;
        });
    }

    private static <T extends PreparedStatement> T prepared(Class<T> type, T target, String sql, SqlCounts counts) {
        return proxy(type, target, (proxy, method, args) -> {
            String name = method.getName();
            boolean withoutSql = args == null || args.length == 0;
            if (withoutSql && (EXECUTE.contains(name) || "addBatch".equals(name))) {
                counts.statement(sql);
            } else if (!withoutSql && (EXECUTE.contains(name) || "addBatch".equals(name))) {
                counts.statement((String) args[0]);
            }
            return invoke(target, method, args);
        });
    }

    private static Statement plain(Statement target, SqlCounts counts) {
        return proxy(Statement.class, target, (proxy, method, args) -> {
            String name = method.getName();
            if ((EXECUTE.contains(name) || "addBatch".equals(name)) && args != null && args.length > 0
                    && args[0] instanceof String sql) {
                counts.statement(sql);
            }
            return invoke(target, method, args);
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
