package jp.cityplan.app.adapter.out.mail;

/** The messages of the proposal process, each with its template {@code mail/<template>.txt}. */
enum MailKind {

    RECEIPT_CONFIRMATION("receipt-confirmation", "receipt confirmation"),
    ANSWER("answer", "answer"),
    REJECTION("rejection", "rejection notice"),
    DIVISION_REMINDER("division-reminder", "reminder to the division"),
    OVERDUE_ESCALATION("overdue-escalation", "overdue escalation to the division heads");

    private final String template;
    private final String description;

    MailKind(String template, String description) {
        this.template = template;
        this.description = description;
    }

    String template() {
        return template;
    }

    @Override
    public String toString() {
        return description;
    }
}
