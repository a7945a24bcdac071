package jp.cityplan.app.adapter.in.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import jp.cityplan.app.config.security.SecurityConfiguration;
import jp.cityplan.domain.audit.Actor;
import jp.cityplan.domain.audit.AuditAction;
import jp.cityplan.domain.audit.AuditRecord;
import jp.cityplan.domain.audit.AuditTrail;
import jp.cityplan.domain.audit.CaseReference;
import jp.cityplan.domain.proposal.AccessSecret;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.Contact;
import jp.cityplan.domain.proposal.ProposalCases;
import jp.cityplan.domain.proposal.ProposalSnapshot;
import jp.cityplan.domain.proposal.ProposalState;
import jp.cityplan.domain.proposal.PublicationConsent;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.UnknownProposalException;
import jp.cityplan.workflow.proposal.ProposalProcessClient;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The answer letter shows the citizen's name and address to the public hearing staff only. */
@WebMvcTest(useDefaultFilters = false)
@Import({ProposalLetterController.class, SecurityConfiguration.class})
class ProposalLetterControllerTest {

    private static final String LETTER = "/staff/proposals/P2026-00007/letter";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProposalCases cases;

    @MockitoBean
    ProposalProcessClient processClient;

    @MockitoBean
    AuditTrail auditTrail;

    @MockitoBean
    Clock clock;

    @BeforeEach
    void aCaseWaitingForItsLetter() {
        when(clock.instant()).thenReturn(Instant.parse("2026-05-20T01:00:00Z"));
        when(clock.getZone()).thenReturn(ZoneId.of("Asia/Tokyo"));
        ReceiptNumber number = new ReceiptNumber("P2026-00007");
        CitizenProposal proposal = CitizenProposal.restore(new ProposalSnapshot(number, AccessSecret.generate().hash(),
                Channel.MAIL_IN, null, "<b>道路の照明</b>", "暗いです。", "community", List.of(),
                new Contact("二本松", "花子", "油井", "福島県二本松市金色403-1", null, null), true,
                PublicationConsent.NONE, Instant.parse("2026-05-01T00:00:00Z"), LocalDate.of(2026, 5, 22),
                ProposalState.IN_PROGRESS, null, null, List.of("div-civil-engineering"), null, null, null, null, 0));
        when(cases.get(number)).thenReturn(proposal);
        when(processClient.approvedAnswerText(number)).thenReturn(Optional.of("照明を増やします。"));
        when(cases.get(new ReceiptNumber("P2026-00099"))).thenThrow(new UnknownProposalException("P2026-00099"));
    }

    @Test
    void the_public_hearing_staff_get_a_printable_letter_with_name_address_and_answer() throws Exception {
        mvc.perform(get(LETTER).with(user("kocho").authorities(() -> "GROUP_public-hearing")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("二本松 花子")))
                .andExpect(content().string(Matchers.containsString("福島県二本松市金色403-1")))
                .andExpect(content().string(Matchers.containsString("照明を増やします。")))
                .andExpect(content().string(Matchers.containsString("令和8年5月20日")))
                .andExpect(content().string(Matchers.containsString("&lt;b&gt;道路の照明&lt;/b&gt;")));

        ArgumentCaptor<AuditRecord> recorded = ArgumentCaptor.forClass(AuditRecord.class);
        verify(auditTrail).record(recorded.capture());
        assertThat(recorded.getValue().caseReference()).isEqualTo(new CaseReference("citizen-proposal", "P2026-00007"));
        assertThat(recorded.getValue().actor()).isEqualTo(Actor.staff("kocho"));
        assertThat(recorded.getValue().action()).isEqualTo(AuditAction.CONTACT_VIEWED);
    }

    @Test
    void a_division_member_may_not_see_the_citizens_address() throws Exception {
        mvc.perform(get(LETTER).with(user("koho").authorities(() -> "GROUP_div-public-relations")))
                .andExpect(status().isForbidden());
        verify(auditTrail, never()).record(any());
    }

    @Test
    void without_a_sign_in_there_is_no_letter() throws Exception {
        mvc.perform(get(LETTER)).andExpect(status().is(Matchers.anyOf(Matchers.is(401), Matchers.is(302))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("福島県"))));
    }

    @Test
    void an_unknown_case_is_not_found() throws Exception {
        mvc.perform(get("/staff/proposals/P2026-00099/letter").with(user("kocho").authorities(() -> "GROUP_public-hearing")))
                .andExpect(status().isNotFound());
    }
}
