package jp.cityplan.workflow.proposal;

import java.util.ArrayList;
import java.util.List;
import jp.cityplan.domain.proposal.CitizenNotifications;
import jp.cityplan.domain.proposal.CitizenProposal;

/** Records what the citizen would be told ("confirmReceipt P2025-00001"); can be told to fail, like a mail outage. */
final class RecordingCitizenNotifications implements CitizenNotifications {

    private final List<String> sent = new ArrayList<>();
    private int failuresToCome;

    void failNext(int times) {
        failuresToCome = times;
    }

    List<String> sent() {
        return List.copyOf(sent);
    }

    @Override
    public void confirmReceipt(CitizenProposal proposal) {
        send("confirmReceipt", proposal);
    }

    @Override
    public void sendAnswer(CitizenProposal proposal) {
        send("sendAnswer", proposal);
    }

    @Override
    public void tellRejected(CitizenProposal proposal) {
        send("tellRejected", proposal);
    }

    private void send(String kind, CitizenProposal proposal) {
        if (failuresToCome > 0) {
            failuresToCome--;
            throw new IllegalStateException("mail server not reachable");
        }
        sent.add(kind + " " + proposal.receiptNumber());
    }
}
