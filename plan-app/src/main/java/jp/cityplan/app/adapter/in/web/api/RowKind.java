package jp.cityplan.app.adapter.in.web.api;

/** Whether an initiative row is at home in its approach or listed again (再掲) from another section. */
public enum RowKind {
    /** An initiative whose home is this approach. */
    INITIATIVE,
    /** 再掲: listed again here; its home is another section. */
    RELISTING
}
