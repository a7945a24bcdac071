package jp.cityplan.app.adapter.out.persistence.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import jp.cityplan.app.application.imports.ImportKind;
import jp.cityplan.app.application.imports.ImportRun;
import jp.cityplan.app.application.imports.ImportRuns;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The CSV import runs in {@code import_run} and {@code import_rejection} (Flyway V7). Plain JDBC, each statement
 * committed on its own: a progress page reads what the background import has done so far.
 */
@Component
@RequiredArgsConstructor
public class JdbcImportRuns implements ImportRuns {

    private static final int REASON_LENGTH = 500;

    private final JdbcTemplate jdbc;

    @Override
    public void start(ImportRun run) {
        jdbc.update("insert into import_run (id, kind, file_name, started_by, started_at, state, total_rows,"
                        + " processed_rows, stored_rows, rejected_rows) values (?, ?, ?, ?, ?, ?, 0, 0, 0, 0)",
                run.id(), run.kind().name(), run.fileName(), run.startedBy(), time(run.startedAt()), run.state().name());
    }

    @Override
    public void progress(String id, int totalRows, int processedRows, int storedRows, int rejectedRows) {
        jdbc.update("update import_run set total_rows = ?, processed_rows = ?, stored_rows = ?, rejected_rows = ?"
                + " where id = ?", totalRows, processedRows, storedRows, rejectedRows, id);
    }

    @Override
    public void reject(String id, List<ImportRun.Rejection> rejections) {
        Integer last = jdbc.queryForObject("select coalesce(max(position), 0) from import_rejection where run_id = ?",
                Integer.class, id);
        int position = last == null ? 0 : last;
        for (ImportRun.Rejection rejection : rejections) {
            position++;
            String reason = rejection.reason().length() > REASON_LENGTH
                    ? rejection.reason().substring(0, REASON_LENGTH) : rejection.reason();
            jdbc.update("insert into import_rejection (run_id, position, line_number, column_name, reason)"
                    + " values (?, ?, ?, ?, ?)", id, position, rejection.line(), rejection.column(), reason);
        }
    }

    @Override
    public void finish(String id, ImportRun.State state) {
        jdbc.update("update import_run set state = ?, finished_at = ? where id = ?", state.name(),
                time(Instant.now()), id);
    }

    @Override
    public Optional<ImportRun> find(String id) {
        List<ImportRun.Rejection> rejections = jdbc.query("select line_number, column_name, reason from import_rejection"
                        + " where run_id = ? order by position",
                (row, n) -> new ImportRun.Rejection(row.getInt(1), row.getString(2), row.getString(3)), id);
        return jdbc.query("select * from import_run where id = ?", (row, n) -> run(row, rejections), id).stream()
                .findFirst();
    }

    @Override
    public List<ImportRun> latest(int limit) {
        return jdbc.query("select * from import_run order by started_at desc limit ?", (row, n) -> run(row, List.of()),
                limit);
    }

    private static ImportRun run(ResultSet row, List<ImportRun.Rejection> rejections) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        return new ImportRun(row.getString("id"), ImportKind.valueOf(row.getString("kind")), row.getString("file_name"),
                row.getString("started_by"), row.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), ImportRun.State.valueOf(row.getString("state")),
                row.getInt("total_rows"), row.getInt("processed_rows"), row.getInt("stored_rows"),
                row.getInt("rejected_rows"), rejections);
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
