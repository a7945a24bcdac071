package jp.cityplan.app.adapter.in.web.staff;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import jp.cityplan.domain.audit.Actor;
import jp.cityplan.domain.audit.AuditAction;
import jp.cityplan.domain.audit.AuditRecord;
import jp.cityplan.domain.audit.AuditTrail;
import jp.cityplan.domain.audit.CaseReference;
import jp.cityplan.domain.proposal.Answer;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.ProposalCases;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.UnknownProposalException;
import jp.cityplan.domain.shared.JapaneseDates;
import jp.cityplan.workflow.proposal.CitizenProposalProcess;
import jp.cityplan.workflow.proposal.ProposalProcessClient;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The printable answer letter (回答書) for a citizen without e-mail: the only page that shows a citizen's name and
 * postal address, and only to the public hearing staff who post it (see SecurityConfiguration). Each time it is
 * shown, the audit trail records who read the citizen's contact details.
 */
@Controller
@RequiredArgsConstructor
class ProposalLetterController {

    private final ProposalCases cases;
    private final ProposalProcessClient processClient;
    private final AuditTrail auditTrail;
    private final Clock clock;

    @GetMapping("/staff/proposals/{receiptNumber}/letter")
    String letter(@PathVariable String receiptNumber, Model model, Principal staff) {
        if (!ReceiptNumber.isWellFormed(receiptNumber)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ReceiptNumber number = new ReceiptNumber(receiptNumber);
        CitizenProposal proposal;
        try {
            proposal = cases.get(number);
        } catch (UnknownProposalException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String answer = proposal.answer().map(Answer::text)
                .or(() -> processClient.approvedAnswerText(number))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "no approved answer yet"));
        auditTrail.record(new AuditRecord(new CaseReference(CitizenProposalProcess.PROCESS_ID, number.value()),
                Actor.staff(staff.getName()), AuditAction.CONTACT_VIEWED, "回答書の印刷", null, clock.instant()));
        model.addAttribute("receiptNumber", number.value());
        model.addAttribute("name", proposal.contact().fullName());
        model.addAttribute("postalAddress", proposal.contact().postalAddress());
        model.addAttribute("subject", proposal.snapshot().subject());
        model.addAttribute("receivedOn", JapaneseDates.format(proposal.receivedOn()));
        model.addAttribute("today", JapaneseDates.format(LocalDate.now(clock)));
        model.addAttribute("answer", answer);
        return "staff/letter";
    }
}
