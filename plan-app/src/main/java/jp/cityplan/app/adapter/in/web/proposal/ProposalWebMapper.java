package jp.cityplan.app.adapter.in.web.proposal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import jp.cityplan.app.config.SharedMapperConfig;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.PublicationConsent;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Turns what the API and the form received into the domain's draft; the web channel is always {@code WEB_FORM}. */
@Mapper(config = SharedMapperConfig.class)
public interface ProposalWebMapper {

    @Mapping(target = "channel", constant = "WEB_FORM")
    @Mapping(target = "intakeOffice", ignore = true)
    ProposalDraft toDraft(SubmitProposalRequest request);

    @Mapping(target = "channel", constant = "WEB_FORM")
    @Mapping(target = "intakeOffice", ignore = true)
    @Mapping(target = "initiatives", qualifiedByName = "initiativeCodes")
    @Mapping(target = "publicationConsent", qualifiedByName = "publicationConsent")
    ProposalDraft toDraft(ProposalForm form);

    /** Codes as typed in one field: separated by commas (also 、 and full-width ，) or spaces; full-width forms read. */
    @Named("initiativeCodes")
    default List<String> initiativeCodes(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(Normalizer.normalize(typed, Normalizer.Form.NFKC).split("[,、\\s]+"))
                .filter(code -> !code.isBlank())
                .toList();
    }

    @Named("publicationConsent")
    default PublicationConsent publicationConsent(String consent) {
        return consent == null || consent.isBlank() ? PublicationConsent.NONE : PublicationConsent.valueOf(consent);
    }
}
