package jp.cityplan.domain.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.cityplan.domain.indicator.Indicator;
import jp.cityplan.domain.shared.Municipality;
import jp.cityplan.domain.shared.Require;

/**
 * A city's long-term comprehensive plan (長期総合計画): its chapters in order, the measures, approaches and
 * initiatives of its pillar chapter, and its numbered notes. A plan is whole or it is not made: {@link #of} checks
 * every rule across the tree and reports all problems at once.
 */
public final class ComprehensivePlan {

    private static final Pattern NOTE_MARKER = Pattern.compile("※\\s*([0-9]{1,9})");

    private final PlanId id;
    private final String title;
    private final Municipality municipality;
    private final List<Chapter> chapters;
    private final List<Note> notes;

    private ComprehensivePlan(PlanId id, String title, Municipality municipality, List<Chapter> chapters, List<Note> notes) {
        this.id = id;
        this.title = title;
        this.municipality = municipality;
        this.chapters = chapters;
        this.notes = notes;
    }

    public static ComprehensivePlan of(PlanId id, String title, Municipality municipality,
                                       List<Chapter> chapters, List<Note> notes) {
        Require.present(id, "plan id");
        Require.text(title, "plan title");
        Require.present(municipality, "municipality");
        ComprehensivePlan plan = new ComprehensivePlan(id, title, municipality,
                Require.list(chapters, "chapters"), Require.list(notes, "notes"));
        List<PlanProblem> problems = plan.problems();
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
        return plan;
    }

    private List<PlanProblem> problems() {
        List<PlanProblem> problems = new ArrayList<>();
        if (chapters.isEmpty()) {
            problems.add(new PlanProblem("plan " + id, "has no chapters"));
        }
        unique(problems, chapters.stream().filter(c -> c.kind() == ChapterKind.BASIC_GOAL).map(Chapter::number),
                "basic goal");
        unique(problems, measures().map(Measure::code), "measure");
        unique(problems, approaches().map(Approach::code), "approach");
        unique(problems, initiatives().map(Initiative::code), "initiative");
        unique(problems, approaches().flatMap(a -> a.indicators().stream()).map(Indicator::id), "indicator");
        unique(problems, notes.stream().map(Note::number), "note");
        approaches().forEach(approach -> checkRows(approach, problems));
        approaches().forEach(approach -> checkNoteMarkers(approach, problems));
        return problems;
    }

    private static <T> void unique(List<PlanProblem> problems, Stream<T> values, String what) {
        Set<T> seen = new HashSet<>();
        values.filter(value -> !seen.add(value))
                .distinct()
                .forEach(value -> problems.add(new PlanProblem(what + " " + value, "appears more than once")));
    }

    private void checkRows(Approach approach, List<PlanProblem> problems) {
        for (int i = 0; i < approach.rows().size(); i++) {
            if (approach.rows().get(i) instanceof Relisting relisting) {
                String place = "approach " + approach.code() + ", row " + (i + 1);
                relistingProblem(relisting).ifPresent(reason -> problems.add(new PlanProblem(place, reason)));
            }
        }
    }

    private Optional<String> relistingProblem(Relisting relisting) {
        SectionReference home = relisting.home();
        if (home.isInPillar()) {
            InitiativeCode code = relisting.homeInitiative().orElseThrow();
            return initiative(code).isPresent() ? Optional.empty()
                    : Optional.of("relisting 「" + relisting.name() + "」 names initiative " + code
                            + " of " + home + ", which the plan does not have");
        }
        boolean goalListed = chapters.stream().anyMatch(c -> c.kind() == ChapterKind.BASIC_GOAL
                && c.number() == home.chapterNumber());
        return goalListed ? Optional.empty()
                : Optional.of("relisting 「" + relisting.name() + "」 points to " + home
                        + ", but the plan has no basic goal " + home.chapterNumber());
    }

    private void checkNoteMarkers(Approach approach, List<PlanProblem> problems) {
        for (String paragraph : approach.prose()) {
            Matcher marker = NOTE_MARKER.matcher(paragraph);
            while (marker.find()) {
                int number = Integer.parseInt(marker.group(1));
                if (note(number).isEmpty()) {
                    problems.add(new PlanProblem("approach " + approach.code(),
                            "refers to note " + Note.marker(number) + ", which the plan does not have"));
                }
            }
        }
    }

    public PlanId id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Municipality municipality() {
        return municipality;
    }

    public List<Chapter> chapters() {
        return chapters;
    }

    public List<Note> notes() {
        return notes;
    }

    public PlanSummary summary() {
        return new PlanSummary(id, title, municipality);
    }

    /** The chapters that carry measures (方策の柱). */
    public List<Chapter> pillars() {
        return chapters.stream().filter(c -> c.kind() == ChapterKind.PILLAR).toList();
    }

    public Stream<Measure> measures() {
        return pillars().stream().flatMap(c -> c.measures().stream());
    }

    public Stream<Approach> approaches() {
        return measures().flatMap(m -> m.approaches().stream());
    }

    public Stream<Initiative> initiatives() {
        return approaches().flatMap(a -> a.initiatives().stream());
    }

    public Optional<Approach> approach(ApproachCode code) {
        return approaches().filter(a -> a.code().equals(code)).findFirst();
    }

    public Optional<Initiative> initiative(InitiativeCode code) {
        return approach(code.approach()).flatMap(a -> a.initiative(code));
    }

    public Optional<Note> note(int number) {
        return notes.stream().filter(n -> n.number() == number).findFirst();
    }

    /** Every row of every approach's initiative table, in printed order, relistings resolved where they can be. */
    public List<ListedInitiative> listedInitiatives() {
        return approaches().flatMap(this::listed).toList();
    }

    public List<ListedInitiative> listedInitiatives(InitiativeFilter filter) {
        return listedInitiatives().stream().filter(filter::matches).toList();
    }

    private Stream<ListedInitiative> listed(Approach approach) {
        List<ListedInitiative> rows = new ArrayList<>();
        for (int i = 0; i < approach.rows().size(); i++) {
            rows.add(listed(approach.code(), i + 1, approach.rows().get(i)));
        }
        return rows.stream();
    }

    private ListedInitiative listed(ApproachCode approach, int position, InitiativeRow row) {
        if (row instanceof Relisting relisting) {
            return new ListedInitiative(approach, position, relisting.homeInitiative(),
                    relisting.name(), relistedDescription(relisting), Optional.of(relisting.home()), true);
        }
        Initiative initiative = (Initiative) row;
        return new ListedInitiative(approach, position, Optional.of(initiative.code()),
                initiative.name(), initiative.description(), Optional.empty(), false);
    }

    private String relistedDescription(Relisting relisting) {
        return relisting.homeInitiative()
                .flatMap(this::initiative)
                .map(Initiative::description)
                .orElseGet(() -> relisting.printedDescription().orElseThrow());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ComprehensivePlan plan && plan.id.equals(id) && plan.title.equals(title)
                && plan.municipality.equals(municipality) && plan.chapters.equals(chapters) && plan.notes.equals(notes);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "ComprehensivePlan[" + id + "]";
    }
}
