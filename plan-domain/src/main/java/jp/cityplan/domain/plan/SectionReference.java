package jp.cityplan.domain.plan;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.cityplan.domain.shared.Require;

/**
 * Where a relisted (再掲) initiative has its home, as printed in 「(再掲：… 掲載)」.
 * <ul>
 *   <li>{@code 4-1-3}: basic goal 4, policy 4-1, approach 3, a section outside the pillar chapter;</li>
 *   <li>{@code 方策 1-1-3}: measure 1, approach 1-3 of the pillar chapter.</li>
 * </ul>
 */
public record SectionReference(String printed, Kind kind, int chapterNumber, int policyNumber, int approachNumber) {

    /** Which kind of chapter the referenced section lies in. */
    public enum Kind {
        /** A section of a basic goal (基本目標): not part of the pillar chapter. */
        BASIC_GOAL,
        /** An approach of the pillar chapter (方策の柱). */
        PILLAR
    }

    private static final Pattern BASIC_GOAL_SECTION = Pattern.compile("([1-9])-([1-9][0-9]?)-([1-9][0-9]?)");
    private static final Pattern PILLAR_SECTION = Pattern.compile("方策[\\s\\u3000]*([1-9][0-9]?)-([1-9][0-9]?)-([1-9][0-9]?)");

    public SectionReference {
        Require.text(printed, "section reference");
        Require.present(kind, "section reference kind");
        if (kind == Kind.PILLAR && policyNumber != chapterNumber) {
            // 方策 M-A-B names approach A-B of measure M, so A repeats M.
            throw new IllegalArgumentException("section reference '" + printed
                    + "' names approach " + policyNumber + "-" + approachNumber + " under measure " + chapterNumber);
        }
    }

    public static SectionReference parse(String printed) {
        Require.text(printed, "section reference");
        String text = printed.strip();
        Matcher pillar = PILLAR_SECTION.matcher(text);
        if (pillar.matches()) {
            return new SectionReference(text, Kind.PILLAR, number(pillar, 1), number(pillar, 2), number(pillar, 3));
        }
        Matcher goal = BASIC_GOAL_SECTION.matcher(text);
        if (goal.matches()) {
            return new SectionReference(text, Kind.BASIC_GOAL, number(goal, 1), number(goal, 2), number(goal, 3));
        }
        throw new IllegalArgumentException("section reference '" + printed
                + "' is neither a basic goal section (e.g. 4-1-3) nor a pillar approach (e.g. 方策 1-1-3)");
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }

    /** The approach of the pillar chapter this reference names; empty for sections of basic goals. */
    public Optional<ApproachCode> pillarApproach() {
        if (kind != Kind.PILLAR) {
            return Optional.empty();
        }
        return Optional.of(new ApproachCode(policyNumber + "-" + approachNumber));
    }

    public boolean isInPillar() {
        return kind == Kind.PILLAR;
    }

    @Override
    public String toString() {
        return printed;
    }
}
