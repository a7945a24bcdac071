package jp.cityplan.domain.committee;

/** Tells applicants what happened to their application (by mail in the app). */
public interface ApplicantNotifications {

    /** The application is not eligible; the reasons are told. */
    void tellIneligible(Application application, CommitteeRecruitment recruitment);

    /** The selection's result: selected (and appointed) or not selected. */
    void tellResult(Application application, CommitteeRecruitment recruitment, Committee committee);
}
