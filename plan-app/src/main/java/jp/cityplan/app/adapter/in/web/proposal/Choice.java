package jp.cityplan.app.adapter.in.web.proposal;

/** A choice of a select or a radio group: the value sent and the label shown. */
public record Choice(String value, String label) {
}
