package jp.cityplan.app.application.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The citizen proposal figures, from the {@code proposal_case} table (the same cases Cockpit shows as instances of
 * {@code citizen-proposal}): open proposals per lead division, overdue ones per lead division, and the median days
 * from receipt to answer per lead division. A proposal not yet given to a division counts under 「受付審査中」.
 */
public class ProposalFigures implements DashboardFigure {

    /** The label of proposals that have no division yet. */
    public static final String IN_INTAKE = "受付審査中";
    static final String IN_INTAKE_KEY = "intake";
    private static final ZoneId CITY_ZONE = ZoneId.of("Asia/Tokyo");
    private static final String OPEN_STATES = "('RECEIVED', 'IN_PROGRESS')";

    private final JdbcTemplate jdbc;
    private final DivisionNames divisions;

    public ProposalFigures(JdbcTemplate jdbc, DivisionNames divisions) {
        this.jdbc = jdbc;
        this.divisions = divisions;
    }

    @Override
    public List<Figure> compute(DashboardQuery query) {
        return List.of(open(), overdue(query.today()), medianDaysToAnswer());
    }

    /** Proposals received and not yet answered, rejected, kept or merged. */
    public Figure open() {
        Map<String, Integer> counts = count(jdbc.queryForList(
                "select divisions from proposal_case where state in " + OPEN_STATES, String.class));
        return Figure.ofBars("proposals-open", "対応中の市民提案（担当課別）",
                counts.isEmpty() ? "対応中の提案はありません。" : "受付から回答までの間にある提案の件数。",
                "件", bars(counts, "open"));
    }

    /** Open proposals whose answer was due before today. */
    public Figure overdue(LocalDate today) {
        Map<String, Integer> counts = count(jdbc.queryForList("select divisions from proposal_case where state in "
                + OPEN_STATES + " and answer_due_on < ?", String.class, today));
        return Figure.ofBars("proposals-overdue", "回答期限を過ぎた市民提案（担当課別）",
                counts.isEmpty() ? "期限を過ぎた提案はありません。" : today + " 時点で回答期限を過ぎている提案の件数。",
                "件", bars(counts, "overdue"));
    }

    /** Calendar days (Asia/Tokyo) from receipt to the answer being sent; the median per lead division. */
    public Figure medianDaysToAnswer() {
        Map<String, List<Long>> days = new TreeMap<>();
        jdbc.query("select divisions, received_at, answer_sent_at from proposal_case where answer_sent_at is not null",
                row -> {
                    LocalDate received = date(row.getTimestamp("received_at"));
                    LocalDate answered = date(row.getTimestamp("answer_sent_at"));
                    days.computeIfAbsent(lead(row.getString("divisions")), k -> new ArrayList<>())
                            .add(ChronoUnit.DAYS.between(received, answered));
                });
        List<Figure.Bar> bars = new ArrayList<>();
        days.forEach((division, values) -> bars.add(new Figure.Bar(label(division), median(values),
                link("answered", division))));
        List<Long> all = days.values().stream().flatMap(List::stream).toList();
        return Figure.ofBars("proposals-median-days", "回答までの日数（中央値、担当課別）",
                all.isEmpty() ? "回答した提案はまだありません。"
                        : "受付日から回答日までの日数の中央値。全体: " + median(all).toPlainString() + "日（"
                        + all.size() + "件）。",
                "日", bars);
    }

    /** A case behind a bar: receipt number, state and dates (no subject or text: they may name a person). */
    public record ProposalCase(String receiptNumber, String state, LocalDate receivedOn, LocalDate dueOn,
                               LocalDate answeredOn) {
    }

    /**
     * The cases behind a bar of {@link #open()} ({@code open}), {@link #overdue} ({@code overdue}) or
     * {@link #medianDaysToAnswer()} ({@code answered}) for a lead division (or {@code intake}), by receipt number.
     */
    public List<ProposalCase> cases(String view, String division, LocalDate today) {
        String where = switch (view) {
            case "open" -> "state in " + OPEN_STATES;
            case "overdue" -> "state in " + OPEN_STATES + " and answer_due_on < ?";
            case "answered" -> "answer_sent_at is not null";
            default -> throw new IllegalArgumentException("no view " + view);
        };
        List<Object> arguments = "overdue".equals(view) ? List.of(today) : List.of();
        List<ProposalCase> cases = new ArrayList<>();
        jdbc.query("select receipt_number, state, divisions, received_at, answer_due_on, answer_sent_at"
                + " from proposal_case where " + where + " order by receipt_number", row -> {
                    if (lead(row.getString("divisions")).equals(division)) {
                        Timestamp answered = row.getTimestamp("answer_sent_at");
                        cases.add(new ProposalCase(row.getString("receipt_number"), row.getString("state"),
                                date(row.getTimestamp("received_at")), row.getDate("answer_due_on").toLocalDate(),
                                answered == null ? null : date(answered)));
                    }
                }, arguments.toArray());
        return cases;
    }

    /** The middle value, or the mean of the two middle values, one decimal. */
    static BigDecimal median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? BigDecimal.valueOf(sorted.get(middle))
                : BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.valueOf(2));
        return median.setScale(1, RoundingMode.HALF_UP);
    }

    private static LocalDate date(Timestamp timestamp) {
        return timestamp.toInstant().atZone(CITY_ZONE).toLocalDate();
    }

    private static Map<String, Integer> count(List<String> divisionColumns) {
        Map<String, Integer> counts = new TreeMap<>();
        divisionColumns.forEach(column -> counts.merge(lead(column), 1, Integer::sum));
        return counts;
    }

    /** The lead division of a case: the first of its divisions; the intake key where it has none yet. */
    static String lead(String divisionColumn) {
        if (divisionColumn == null || divisionColumn.isBlank()) {
            return IN_INTAKE_KEY;
        }
        return divisionColumn.split(",")[0].strip();
    }

    private List<Figure.Bar> bars(Map<String, Integer> counts, String view) {
        return counts.entrySet().stream().map(e -> new Figure.Bar(label(e.getKey()), BigDecimal.valueOf(e.getValue()),
                link(view, e.getKey()))).toList();
    }

    private String label(String division) {
        return IN_INTAKE_KEY.equals(division) ? IN_INTAKE : divisions.nameOf(division);
    }

    private static String link(String view, String division) {
        return UriComponentsBuilder.fromPath("/staff/dashboard/proposals").queryParam("view", view)
                .queryParam("division", division).build().toUriString();
    }
}
