package jp.cityplan.app.application.opendata;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 委員の公募の結果: one row per recruitment whose outcome is final (members appointed, or appointed directly by the
 * division): the committee, seats, how many applied, how members were chosen, the lottery's seed and the chosen
 * application numbers. Application numbers and counts only: no applicant is named.
 */
public class RecruitmentOutcomesDataset implements OpenDataset {

    private static final Map<String, String> METHODS = Map.of("SCORE", "書類選考（採点）", "LOTTERY", "公開抽選",
            "SCORE_THEN_LOTTERY", "採点の後に公開抽選");
    private static final Map<String, String> OUTCOMES = Map.of("APPOINTED", "応募者から委嘱",
            "DIRECT_APPOINTMENT", "担当課による直接委嘱");

    private final JdbcTemplate jdbc;
    private final Supplier<Optional<String>> municipalityCode;

    public RecruitmentOutcomesDataset(JdbcTemplate jdbc, Supplier<Optional<String>> municipalityCode) {
        this.jdbc = jdbc;
        this.municipalityCode = municipalityCode;
    }

    @Override
    public String id() {
        return "recruitment-outcomes";
    }

    @Override
    public String title() {
        return "委員の公募の結果";
    }

    @Override
    public String description() {
        return "結果が確定した委員の公募：審議会等、募集人数、応募者数、選考方法、公開抽選のシードと選ばれた応募番号。";
    }

    @Override
    public List<OpenDataColumn> columns() {
        return List.of(OpenDataColumn.MUNICIPALITY_CODE, new OpenDataColumn("募集番号", "recruitmentId"),
                new OpenDataColumn("審議会等の名称", "committeeName"), new OpenDataColumn("募集人数", "seats"),
                new OpenDataColumn("応募者数", "applications"), new OpenDataColumn("選考方法", "selectionMethod"),
                new OpenDataColumn("結果", "outcome"), new OpenDataColumn("抽選のシード", "lotterySeed"),
                new OpenDataColumn("選ばれた応募番号", "selectedApplications"),
                new OpenDataColumn("任期の始まり", "termStartsOn"), OpenDataColumn.REMARKS);
    }

    @Override
    public List<List<String>> rows() {
        String code = municipalityCode.get().orElse("");
        return jdbc.query("""
                        select r.id, c.name, r.seats, r.selection_method, r.state, r.lottery_seed, r.selected,
                               r.term_starts_on,
                               (select count(*) from committee_application a where a.recruitment_id = r.id) applied
                        from committee_recruitment r join committee c on c.id = r.committee_id
                        where r.state in ('APPOINTED', 'DIRECT_APPOINTMENT') order by r.id""",
                (row, n) -> List.of(code, row.getString("id"), row.getString("name"),
                        Integer.toString(row.getInt("seats")), Long.toString(row.getLong("applied")),
                        METHODS.getOrDefault(row.getString("selection_method"), row.getString("selection_method")),
                        OUTCOMES.get(row.getString("state")), text(row.getString("lottery_seed")),
                        text(row.getString("selected")).replace(",", " "), row.getDate("term_starts_on").toString(),
                        ""));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The latest closing time among the recruitments listed (their outcome follows it). */
    @Override
    public Optional<Instant> updated() {
        Timestamp newest = jdbc.queryForObject("select max(closes_at) from committee_recruitment"
                + " where state in ('APPOINTED', 'DIRECT_APPOINTMENT')", Timestamp.class);
        return Optional.ofNullable(newest).map(Timestamp::toInstant);
    }
}
