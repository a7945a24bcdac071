package jp.cityplan.domain.plan;

import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.shared.Require;

/**
 * A chapter of the plan. Only a pillar chapter (方策の柱) carries measures; the others are listed so the plan's
 * outline is complete and basic goals can be named by relistings.
 */
public record Chapter(ChapterKind kind, Integer number, String title, String name, List<Measure> measures) {

    public Chapter {
        Require.present(kind, "chapter kind");
        Require.text(title, "chapter title");
        Require.optionalText(name, "chapter name");
        measures = Require.list(measures, "chapter measures");
        if (kind == ChapterKind.BASIC_GOAL && (number == null || number < 1)) {
            throw new IllegalArgumentException("basic goal chapter '" + title + "' needs a number of 1 or more");
        }
        if (kind != ChapterKind.BASIC_GOAL && number != null) {
            throw new IllegalArgumentException("chapter '" + title + "' of kind " + kind + " takes no number");
        }
        if (kind != ChapterKind.PILLAR && !measures.isEmpty()) {
            throw new IllegalArgumentException("chapter '" + title + "' of kind " + kind + " cannot hold measures");
        }
    }

    public static Chapter outline(ChapterKind kind, String title) {
        return new Chapter(kind, null, title, null, List.of());
    }

    public static Chapter basicGoal(int number, String title) {
        return new Chapter(ChapterKind.BASIC_GOAL, number, title, null, List.of());
    }

    public static Chapter pillar(String title, String name, List<Measure> measures) {
        return new Chapter(ChapterKind.PILLAR, null, title, name, measures);
    }

    public Optional<String> subtitle() {
        return Optional.ofNullable(name);
    }
}
