package jp.cityplan.domain.plan;

import jp.cityplan.domain.shared.Require;

/** A numbered footnote of the plan (e.g. ※28 on the PDCA cycle); prose refers to it by the marker ※N. */
public record Note(int number, String text) {

    public Note {
        if (number < 1) {
            throw new IllegalArgumentException("note number must be 1 or more, was " + number);
        }
        Require.text(text, "note text");
    }

    public String marker() {
        return marker(number);
    }

    public static String marker(int number) {
        return "※" + number;
    }
}
