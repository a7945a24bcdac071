package jp.cityplan.bench.app;

import java.util.List;

/**
 * One kind of user task a web proposal passes, who does it (a demo user of the organisation file, password
 * {@code demo}) and the form fields they submit, as JSON variables of {@code /engine-rest/task/{id}/submit-form}.
 */
record StaffStep(String taskKey, String candidateGroup, String user, String formVariables) {

    /** The steps of a web proposal answered by e-mail and published, in the order the process asks for them. */
    static final List<StaffStep> ANSWER_AND_PUBLISH = List.of(
            new StaffStep("Task_ReviewIntake", "public-hearing", "kocho",
                    "{\"triageDecision\":{\"value\":\"ANSWER\"}}"),
            new StaffStep("Task_DraftAnswer", "div-public-relations", "koho",
                    "{\"draftText\":{\"value\":\"ご提案ありがとうございます。メール配信を始めます。\"}}"),
            new StaffStep("Task_ApproveByDivisionHead", "div-public-relations-heads", "koho-kacho",
                    "{\"approved\":{\"value\":true},\"reviewComment\":{\"value\":\"よい回答です。\"}}"),
            new StaffStep("Task_ApproveFinally", "final-approvers", "fukushicho",
                    "{\"approved\":{\"value\":true},\"adopted\":{\"value\":false}}"),
            new StaffStep("Task_ApprovePublication", "public-hearing", "kocho",
                    "{\"publicationApproved\":{\"value\":true}}"));

    /** Intake only: the proposal goes on to its division's drafting task and stays open there. */
    static final List<StaffStep> INTAKE_ONLY = ANSWER_AND_PUBLISH.subList(0, 1);
}
