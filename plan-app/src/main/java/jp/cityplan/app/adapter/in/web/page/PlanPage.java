package jp.cityplan.app.adapter.in.web.page;

import java.util.List;

/** What the plan page shows: the plan's chapters in order (pillar chapters with their measures) and its notes. */
public record PlanPage(String id, String title, String municipality, List<ChapterSection> chapters, List<NoteEntry> notes) {

    /** A chapter of the plan; only a pillar chapter (方策の柱) has measures to show. */
    public record ChapterSection(String kind, Integer number, String title, String name, boolean pillar,
                                 List<MeasureSection> measures) {
    }

    /** A measure (方策), its anchor {@code measure-1}. */
    public record MeasureSection(String code, String title, String anchor, List<ApproachSection> approaches) {
    }

    /** An approach (手法), its anchor {@code approach-1-1}. */
    public record ApproachSection(String code, String title, String anchor, List<Paragraph> currentSituation,
                                  List<Paragraph> basicPolicy, List<IndicatorSection> indicators,
                                  List<InitiativeRowView> rows) {
    }

    /** A paragraph of prose, cut where a note marker (※28) stands so that the marker becomes a link. */
    public record Paragraph(List<ProseSegment> segments) {
    }

    /** Plain text, or a note marker with the anchor of its note ({@code #note-28}). */
    public record ProseSegment(String text, Integer note, String href) {

        public static ProseSegment text(String text) {
            return new ProseSegment(text, null, null);
        }

        public static ProseSegment noteMarker(String marker, int note) {
            return new ProseSegment(marker, note, "#" + NoteEntry.anchorOf(note));
        }
    }

    /**
     * Related data (関連データ): a table of recorded values by fiscal year and series, or none at all where staff have
     * recorded nothing yet ({@code recorded} false: the page says 「データ未登録」 and draws nothing).
     */
    public record IndicatorSection(String id, String title, String unit, String source, String asOf,
                                   List<String> series, List<IndicatorYear> years, List<IndicatorTarget> targets,
                                   boolean recorded) {
    }

    /** One fiscal year of an indicator: a value per series, in the order of the series; blank where none. */
    public record IndicatorYear(String fiscalYear, List<String> values) {
    }

    /** A target (目標) of one series of an indicator. */
    public record IndicatorTarget(String series, String fiscalYear, String value) {
    }

    /**
     * A row of an approach's initiative table. Own initiatives carry an anchor ({@code initiative-1-3.2}); a resolved
     * relisting links to its home row ({@code homeHref}); an unresolved relisting names its home section and the
     * chapter it lies in ({@code homeChapter}, e.g. 基本目標4). {@code proposals} is how many citizen proposals name
     * the row's initiative (a resolved relisting: its home initiative's), 0 where none do; null for an unresolved
     * relisting, whose initiative is not in the plan and so cannot be named.
     */
    public record InitiativeRowView(int position, String code, String name, String description, boolean relisting,
                                    boolean resolved, String anchor, String home, String homeHref,
                                    String homeChapter, Long proposals) {
    }

    /** A numbered note (※28), its anchor {@code note-28}. */
    public record NoteEntry(int number, String marker, String text, String anchor) {

        public static String anchorOf(int number) {
            return "note-" + number;
        }
    }
}
