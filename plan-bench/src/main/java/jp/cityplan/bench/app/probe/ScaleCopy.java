package jp.cityplan.bench.app.probe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The long run's generator: grows the proposals that went through the app for real (the templates) to a city-decade
 * by copying their rows in the database, as a city's archive would hold them. Each copy gets new ids (the template's
 * ids with the copy's mark, so every reference between the rows stays right), its own receipt numbers and, for answered
 * proposals, an earlier fiscal year with every timestamp moved back by whole weeks (52 per year, so weekdays stay
 * weekdays). Copied: the engine's history (instances, activities, tasks, variables, details, identity links,
 * decisions, operation log, job log, byte arrays), for open proposals also the runtime rows (executions, tasks,
 * candidate groups, variables, event subscriptions, jobs, authorizations), and the app's proposal, initiative and
 * audit rows. Removal times stay as they are, so history cleanup does not take the copies away under a run.
 *
 * <p>Runs inside the app (through the probe) on its DataSource, so the same code serves H2 files and PostgreSQL;
 * each copy is one transaction. Driving 100,000 lifecycles through the API instead would take about eleven
 * CPU-hours (six hours on two cores); the reads measured afterwards see the same rows either way.
 */
final class ScaleCopy {

    static final String PROCESS = "citizen-proposal";

    /** Columns holding ids of rows that belong to one process instance: copied with the copy's mark. */
    private static final Set<String> INSTANCE_IDS = Set.of("ID_", "ROOT_PROC_INST_ID_", "PROC_INST_ID_",
            "EXECUTION_ID_", "TASK_ID_", "ACT_INST_ID_", "BYTEARRAY_ID_", "PARENT_ID_", "SUPER_EXEC_", "VAR_SCOPE_",
            "SUPER_PROCESS_INSTANCE_ID_", "PROCESS_INSTANCE_ID_", "PARENT_TASK_ID_", "PARENT_ACT_INST_ID_",
            "OPERATION_ID_", "JOB_ID_", "DEC_INST_ID_", "ROOT_DEC_INST_ID_", "CALL_PROC_INST_ID_", "VAR_INST_ID_",
            "ROOT_CAUSE_INCIDENT_ID_", "CAUSE_INCIDENT_ID_", "EXCEPTION_STACK_ID_", "JOB_EXCEPTION_STACK_ID_",
            "ERROR_DETAILS_ID_", "LAST_FAILURE_LOG_ID_", "CONTENT_ID_", "EXT_TASK_ID_", "EXTERNAL_TASK_ID_");
    /** Columns holding a receipt number (P2026-00042). */
    private static final Set<String> RECEIPTS = Set.of("BUSINESS_KEY_", "RECEIPT_NUMBER", "MERGED_INTO",
            "CASE_REFERENCE");
    private static final List<String> HISTORY = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
            "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG", "ACT_HI_JOB_LOG",
            "ACT_HI_INCIDENT", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_HI_COMMENT",
            "ACT_HI_ATTACHMENT");
    private static final int MAX_SEQUENCE = 99_999;
    private static final int DAYS_PER_YEAR = 364;
    private static final int PAST_YEARS = 9;
    /** Open copies number from here, so that no suffix is used twice in a run. */
    private static final int OPEN_COPIES_FROM = 10_000;

    private final DataSource dataSource;

    ScaleCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Copies until there are {@code closed} answered and {@code open} unanswered proposals; returns what it did. */
    Map<String, Object> copy(int closed, int open) throws SQLException {
        long started = System.nanoTime();
        Map<String, Object> result = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Templates templates = new Templates(connection);
            result.put("closedTemplates", templates.closed);
            result.put("openTemplates", templates.open);
            int thisYear = templates.fiscalYear;
            int closedCopies = copies(connection, templates, true, closed - templates.closed, thisYear - 1,
                    1);
            int openCopies = copies(connection, templates, false, open - templates.open, thisYear,
                    templates.lastSequence + 1);
            result.put("closedCopies", closedCopies);
            result.put("openCopies", openCopies);
            templates.drop();
            connection.commit();
        }
        result.put("copySeconds", (System.nanoTime() - started) / 1e9);
        return result;
    }

    /**
     * Copies the closed or open templates {@code wanted} times over (the last copy partly), packing the copies'
     * receipt numbers into fiscal years from {@code firstYear} backwards (closed) or after the year's last number
     * (open, this year only).
     */
    private int copies(Connection connection, Templates templates, boolean closed, int wanted, int firstYear,
                       int firstSequence) throws SQLException {
        int perCopy = closed ? templates.closed : templates.open;
        if (wanted <= 0 || perCopy == 0) {
            return 0;
        }
        int width = closed ? templates.closedWidth : templates.openWidth;
        int minimum = closed ? templates.closedMinimum : templates.openMinimum;
        // answered copies spread over the nine fiscal years before this one, as a decade's archive would
        int perYear = closed ? Math.max(1, (int) Math.ceil(Math.ceil(wanted / (double) perCopy) / PAST_YEARS))
                : Integer.MAX_VALUE;
        int copies = 0;
        int year = firstYear;
        int next = firstSequence;
        int inYear = 0;
        for (int done = 0; done < wanted; done += perCopy) {
            if (next + width - 1 > MAX_SEQUENCE || inYear++ == perYear) {
                inYear = 1;
                if (!closed) {
                    throw new IllegalStateException("open copies exceed this fiscal year's receipt numbers");
                }
                year--;
                next = 1;
            }
            Copy copy = new Copy(++copies + (closed ? 0 : OPEN_COPIES_FROM), year, next - minimum,
                    closed ? (templates.fiscalYear - year) * DAYS_PER_YEAR : 0, closed, Math.min(perCopy,
                    wanted - done));
            copy.run(connection);
            templates.advanceSequence(year, next + width - 1);
            connection.commit();
            next += width;
        }
        return copies;
    }

    /** The answered and open proposals that went through the app, listed in a work table. */
    private static final class Templates {

        final Connection connection;
        final int fiscalYear;
        final int closed;
        final int open;
        final int closedMinimum;
        final int closedWidth;
        final int openMinimum;
        final int openWidth;
        int lastSequence;

        Templates(Connection connection) throws SQLException {
            this.connection = connection;
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table bench_template (root_id varchar(64) not null primary key, "
                        + "receipt varchar(11) not null, closed boolean not null, ordinal integer not null)");
                statement.execute("insert into bench_template (root_id, receipt, closed, ordinal) "
                        + "select h.ID_, p.receipt_number, true, row_number() over (order by p.receipt_number) "
                        + "from proposal_case p join ACT_HI_PROCINST h on h.BUSINESS_KEY_ = p.receipt_number "
                        + "and h.PROC_DEF_KEY_ = '" + PROCESS + "' and h.SUPER_PROCESS_INSTANCE_ID_ is null "
                        + "where p.published_at is not null and h.END_TIME_ is not null");
                statement.execute("insert into bench_template (root_id, receipt, closed, ordinal) "
                        + "select e.ID_, p.receipt_number, false, row_number() over (order by p.receipt_number) "
                        + "from proposal_case p join ACT_RU_EXECUTION e on e.BUSINESS_KEY_ = p.receipt_number "
                        + "and e.ID_ = e.PROC_INST_ID_ and e.SUPER_EXEC_ is null "
                        + "where p.state in ('RECEIVED', 'IN_PROGRESS')");
            }
            int[] closedRange = range(true);
            int[] openRange = range(false);
            closed = closedRange[0];
            closedMinimum = closedRange[1];
            closedWidth = closedRange[2] - closedRange[1] + 1;
            open = openRange[0];
            openMinimum = openRange[1];
            openWidth = openRange[2] - openRange[1] + 1;
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select max(fiscal_year) from proposal_receipt_sequence")) {
                rows.next();
                fiscalYear = rows.getInt(1);
            }
            lastSequence = sequence(fiscalYear);
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select count(*) from bench_template "
                         + "where receipt not like 'P" + fiscalYear + "-%'")) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    throw new IllegalStateException("templates must all be of fiscal year " + fiscalYear);
                }
            }
        }

        /** Count, lowest and highest sequence number of the closed or open templates. */
        private int[] range(boolean ofClosed) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement("select count(*), "
                    + "min(cast(substring(receipt from 7 for 5) as integer)), "
                    + "max(cast(substring(receipt from 7 for 5) as integer)) from bench_template where closed = ?")) {
                statement.setBoolean(1, ofClosed);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new int[] {rows.getInt(1), rows.getInt(2), rows.getInt(3)};
                }
            }
        }

        private int sequence(int year) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select last_value from proposal_receipt_sequence where fiscal_year = ?")) {
                statement.setInt(1, year);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getInt(1) : 0;
                }
            }
        }

        /** Records the copies' receipt numbers, so that the app never hands one out again. */
        void advanceSequence(int year, int last) throws SQLException {
            if (year == fiscalYear) {
                lastSequence = Math.max(lastSequence, last);
            }
            String sql = exists(year)
                    ? "update proposal_receipt_sequence set last_value = ? where fiscal_year = ? and last_value < ?"
                    : "insert into proposal_receipt_sequence (last_value, fiscal_year) values (?, ?)";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, last);
                statement.setInt(2, year);
                if (sql.startsWith("update")) {
                    statement.setLong(3, last);
                }
                statement.executeUpdate();
            }
        }

        private boolean exists(int year) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select count(*) from proposal_receipt_sequence where fiscal_year = ?")) {
                statement.setInt(1, year);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getInt(1) > 0;
                }
            }
        }

        void drop() throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop table bench_template");
            }
        }
    }

    /**
     * One copy of the templates: ids marked with {@code ~<number in base 36>}, receipt numbers moved to
     * {@code year} and shifted by {@code sequenceShift}, timestamps moved back by {@code shiftDays}.
     */
    private record Copy(int number, int year, int sequenceShift, int shiftDays, boolean closed, int templates) {

        /** {@code ~} and three base-36 digits: never part of an engine id, so a copy's id is never an original's. */
        String suffix() {
            String digits = Integer.toString(number, 36);
            return "~" + "0".repeat(3 - digits.length()) + digits;
        }

        /**
         * The id with the suffix: appended to short ids; on long ones (an activity instance id is the activity's id,
         * a colon and a UUID: up to the column's 64 characters) it replaces the last four characters, which are the
         * end of the UUID's node part, the same in every id of one app.
         */
        String copied(String ref) {
            return "case when char_length(" + ref + ") > 40 then substring(" + ref + " from 1 for char_length(" + ref
                    + ") - 4) || '" + suffix() + "' else " + ref + " || '" + suffix() + "' end";
        }

        String roots() {
            return "(select root_id from bench_template where closed = " + closed + " and ordinal <= " + templates
                    + ")";
        }

        String receipts() {
            return "(select receipt from bench_template where closed = " + closed + " and ordinal <= " + templates
                    + ")";
        }

        void run(Connection connection) throws SQLException {
            insert(connection, "ACT_GE_BYTEARRAY", "t.ROOT_PROC_INST_ID_ in " + roots()
                    + " or t.ID_ in (select v.BYTEARRAY_ID_ from ACT_RU_VARIABLE v where v.PROC_INST_ID_ in "
                    + roots() + ")");
            if (!closed) {
                String missing = " and not exists (select 1 from ACT_RU_EXECUTION c where c.ID_ = "
                        + copied("t.ID_") + ")";
                String parentsThere = " and (t.PARENT_ID_ is null or exists (select 1 from ACT_RU_EXECUTION c "
                        + "where c.ID_ = " + copied("t.PARENT_ID_") + "))"
                        + " and (t.ID_ = t.PROC_INST_ID_ or exists (select 1 from ACT_RU_EXECUTION c "
                        + "where c.ID_ = " + copied("t.PROC_INST_ID_") + "))";
                // parents before children: H2 checks each row's foreign keys as it is inserted
                // runtime rows name their process instance (ROOT_PROC_INST_ID_ is not set on every execution);
                // citizen-proposal calls no sub-process, so the instance is the root
                while (insert(connection, "ACT_RU_EXECUTION", "t.PROC_INST_ID_ in " + roots() + missing
                        + parentsThere) > 0) {
                    // the next level of the execution tree
                }
                insert(connection, "ACT_RU_TASK", "t.PROC_INST_ID_ in " + roots());
                insert(connection, "ACT_RU_IDENTITYLINK", "t.TASK_ID_ in (select k.ID_ from ACT_RU_TASK k "
                        + "where k.PROC_INST_ID_ in " + roots() + ")");
                insert(connection, "ACT_RU_VARIABLE", "t.PROC_INST_ID_ in " + roots());
                insert(connection, "ACT_RU_EVENT_SUBSCR", "t.PROC_INST_ID_ in " + roots());
                insert(connection, "ACT_RU_JOB", "t.PROCESS_INSTANCE_ID_ in " + roots());
                insert(connection, "ACT_RU_AUTHORIZATION", "t.RESOURCE_ID_ in " + roots()
                        + " or t.RESOURCE_ID_ in (select k.ID_ from ACT_RU_TASK k where k.PROC_INST_ID_ in "
                        + roots() + ")");
            }
            for (String table : HISTORY) {
                insert(connection, table, "t.ROOT_PROC_INST_ID_ in " + roots());
            }
            insert(connection, "proposal_case", "t.receipt_number in " + receipts());
            insert(connection, "proposal_initiative", "t.receipt_number in " + receipts());
            insert(connection, "proposal_adopted_initiative", "t.receipt_number in " + receipts());
            insert(connection, "audit_record", "t.process_key = '" + PROCESS + "' and t.case_reference in "
                    + receipts());
        }

        /** {@code insert into table select <copied columns> from table t where <selection>}; returns the rows. */
        private int insert(Connection connection, String table, String selection) throws SQLException {
            List<String> columns = new ArrayList<>();
            List<String> values = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet none = statement.executeQuery("select * from " + table + " where 1 = 0")) {
                ResultSetMetaData meta = none.getMetaData();
                boolean named = false;
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    named |= meta.getColumnName(i).equalsIgnoreCase("NAME_");
                }
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnName(i).toUpperCase(Locale.ROOT);
                    if (table.equals("audit_record") && column.equals("ID")) {
                        continue; // generated
                    }
                    columns.add(column);
                    values.add(value(table, column, meta.getColumnType(i), named));
                }
            }
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") select "
                    + String.join(", ", values) + " from " + table + " t where " + selection;
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate(sql);
            }
        }

        private String value(String table, String column, int type, boolean named) {
            String ref = "t." + column;
            if (INSTANCE_IDS.contains(column) || (table.equals("ACT_RU_AUTHORIZATION")
                    && column.equals("RESOURCE_ID_"))) {
                return copied(ref);
            }
            if (RECEIPTS.contains(column)) {
                return receipt(ref);
            }
            if (column.equals("TEXT_") && named) {
                return "case when t.NAME_ = 'receiptNumber' then " + receipt(ref) + " else " + ref + " end";
            }
            if (shiftDays > 0 && !column.equals("REMOVAL_TIME_")) {
                if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
                    return ref + " - interval '" + shiftDays + "' day";
                }
                if (type == Types.DATE) {
                    return "cast(" + ref + " - interval '" + shiftDays + "' day as date)";
                }
                if (column.endsWith("FISCAL_YEAR")) {
                    return ref + " - " + shiftDays / DAYS_PER_YEAR;
                }
            }
            return ref;
        }

        private String receipt(String ref) {
            return "case when " + ref + " like 'P____-_____' then 'P" + year + "-' || lpad(cast(cast(substring("
                    + ref + " from 7 for 5) as integer) + " + sequenceShift + " as varchar(5)), 5, '0') else " + ref
                    + " end";
        }
    }
}
