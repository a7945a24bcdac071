package jp.cityplan.workflow.proposal;

import java.util.List;
import jp.cityplan.domain.proposal.Channel;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.PublicationConsent;

/** Proposals as citizens write them. The text carries a phone number, which the divisions must never see. */
final class ProposalDrafts {

    static final String SUBJECT = "市のお知らせをメールでも届けてほしい";
    static final String TEXT = "広報紙だけでなくメールでもお知らせを受け取りたいです。詳しくは 090-1234-5678 までご連絡ください。";
    static final String FAMILY_NAME = "安達";
    static final String EMAIL = "hanako.adachi@example.jp";
    static final String POSTAL_ADDRESS = "福島県二本松市金色403番地1";

    private ProposalDrafts() {
    }

    /** A web proposal about public relations, with an e-mail address, consenting to anonymous publication. */
    static ProposalDraft byEmail() {
        return byEmail("public-relations", List.of());
    }

    static ProposalDraft byEmail(String category, List<String> initiatives) {
        return new ProposalDraft(Channel.WEB_FORM, null, SUBJECT, TEXT, category, initiatives,
                FAMILY_NAME, "花子", "二本松地区", null, EMAIL, null, true, PublicationConsent.ANONYMOUS);
    }

    /** A proposal with a name and postal address but no e-mail: the answer goes by letter; no publication. */
    static ProposalDraft byLetter() {
        return new ProposalDraft(Channel.WEB_FORM, null, SUBJECT, TEXT, "finance", List.of("3-2.1"),
                FAMILY_NAME, "一郎", "岩代地区", POSTAL_ADDRESS, null, "0243-55-0000", true, PublicationConsent.NONE);
    }

    /** The citizen asks for no answer. */
    static ProposalDraft noAnswerWanted() {
        return new ProposalDraft(Channel.WEB_FORM, null, SUBJECT, TEXT, "other", List.of(),
                null, null, "東和地区", null, null, null, false, PublicationConsent.NONE);
    }

    /** Outside the city's business. */
    static ProposalDraft outOfScope() {
        return new ProposalDraft(Channel.WEB_FORM, null, "隣の県の道路について", "県道の舗装を直してほしい。", "out-of-scope",
                List.of(), FAMILY_NAME, null, null, null, EMAIL, null, true, PublicationConsent.NONE);
    }
}
