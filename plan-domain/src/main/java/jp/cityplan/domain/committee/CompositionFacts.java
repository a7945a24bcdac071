package jp.cityplan.domain.committee;

import java.util.List;

/**
 * What the composition table reads about a committee's next term once the selection is known: the share of public
 * seats, the share of each sex among the members whose sex is known, and whether the applicants would have allowed
 * more of the smaller sex (an eligible, not chosen applicant of that sex).
 *
 * @param publicSharePercent  publicly recruited members (existing and chosen) of the committee's seats, in percent
 * @param femaleSharePercent  female members of all members, in percent (0 with no members)
 * @param maleSharePercent    male members of all members, in percent (0 with no members)
 * @param femaleApplicantLeft an eligible female applicant was not chosen
 * @param maleApplicantLeft   an eligible male applicant was not chosen
 */
public record CompositionFacts(int publicSharePercent, int femaleSharePercent, int maleSharePercent,
                               boolean femaleApplicantLeft, boolean maleApplicantLeft, int genderTargetPercent) {

    public static CompositionFacts of(Committee committee, List<Member> appointedForTerm, List<Application> chosen,
                                      List<Application> eligibleNotChosen) {
        long publicMembers = appointedForTerm.stream().filter(Member::publiclyRecruited).count() + chosen.size();
        long members = appointedForTerm.size() + chosen.size();
        long female = appointedForTerm.stream().filter(m -> m.sex() == Sex.FEMALE).count()
                + chosen.stream().filter(a -> a.applicant().sex() == Sex.FEMALE).count();
        long male = appointedForTerm.stream().filter(m -> m.sex() == Sex.MALE).count()
                + chosen.stream().filter(a -> a.applicant().sex() == Sex.MALE).count();
        return new CompositionFacts(
                percent(publicMembers, committee.totalSeats()), percent(female, members), percent(male, members),
                eligibleNotChosen.stream().anyMatch(a -> a.applicant().sex() == Sex.FEMALE),
                eligibleNotChosen.stream().anyMatch(a -> a.applicant().sex() == Sex.MALE),
                committee.genderBalanceTargetPercent());
    }

    private static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) (part * 100 / whole);
    }
}
