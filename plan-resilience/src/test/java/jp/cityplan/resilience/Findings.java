package jp.cityplan.resilience;

import java.util.Set;

/**
 * What the database holds afterwards for the receipts a scenario's citizens were given, read from the tables.
 *
 * @param acknowledged        receipt numbers given to citizens (201, or 200 for a resend)
 * @param found               of those, proposals stored
 * @param stored              proposals stored with the scenario's subjects (acknowledged or not)
 * @param processes           proposal processes with those receipt numbers as business key
 * @param ended               of those, processes that ended (intake reviewed, kept as input)
 * @param confirmations       receipt confirmations (the async {@code Task_ConfirmReceipt}) that finished
 * @param reviewsTwice        processes in the whole database whose intake review was completed more than once
 * @param jobsTwice           jobs in the whole database that the job log shows succeeding more than once
 */
record Findings(int acknowledged, long found, long stored, long processes, long ended, long confirmations,
                long reviewsTwice, long jobsTwice) {

    static Findings of(HarnessDatabase db, Ledger ledger) {
        Set<String> receipts = ledger.receipts();
        String ofReceipts = "select id_ from act_hi_procinst where business_key_ = any(?)";
        return new Findings(receipts.size(),
                db.number("select count(*) from proposal_case where receipt_number = any(?)", receipts),
                db.number("select count(*) from proposal_case where subject like ?", ledger.subjectPrefix() + "%"),
                db.number("select count(*) from act_hi_procinst where proc_def_key_ = 'citizen-proposal'"
                        + " and business_key_ = any(?)", receipts),
                db.number("select count(*) from act_hi_procinst where proc_def_key_ = 'citizen-proposal'"
                        + " and business_key_ = any(?) and end_time_ is not null", receipts),
                db.number("select count(*) from act_hi_actinst where act_id_ = 'Task_ConfirmReceipt'"
                        + " and end_time_ is not null and proc_inst_id_ in (" + ofReceipts + ")", receipts),
                db.number("select count(*) from (select proc_inst_id_ from act_hi_taskinst"
                        + " where task_def_key_ = 'Task_ReviewIntake' and delete_reason_ = 'completed'"
                        + " group by proc_inst_id_ having count(*) > 1) twice"),
                db.number("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2"
                        + " group by job_id_ having count(*) > 1) twice"));
    }

    long lost() {
        return acknowledged - found;
    }

    /** Proposals or processes beyond one per receipt given: none may exist once every pending key is resolved. */
    long duplicates() {
        return Math.max(0, stored - acknowledged) + Math.max(0, processes - acknowledged);
    }

    String line() {
        return "acknowledged=" + acknowledged + ", found afterwards=" + found + ", lost=" + lost()
                + ", duplicates=" + duplicates() + ", processes=" + processes + ", ended=" + ended
                + ", receipt confirmations=" + confirmations + ", reviews completed twice=" + reviewsTwice
                + ", jobs run twice=" + jobsTwice;
    }
}
