package jp.cityplan.domain.committee;

import java.util.Optional;
import jp.cityplan.domain.shared.Require;

/**
 * A member of a committee for one term. {@code application} names the application a publicly recruited member was
 * chosen from; members appointed by the city (学識経験者, 団体推薦) have none. The name is personal data.
 */
public record Member(String name, Sex sex, boolean publiclyRecruited, Term term, ApplicationNumber application) {

    public Member {
        Require.text(name, "member name");
        Require.present(sex, "member sex");
        Require.present(term, "member term");
        if (publiclyRecruited != (application != null)) {
            throw new IllegalArgumentException("a publicly recruited member, and only one, comes from an application");
        }
    }

    public static Member appointed(String name, Sex sex, Term term) {
        return new Member(name, sex, false, term, null);
    }

    public static Member recruited(String name, Sex sex, Term term, ApplicationNumber application) {
        return new Member(name, sex, true, term, Require.present(application, "application"));
    }

    public Optional<ApplicationNumber> fromApplication() {
        return Optional.ofNullable(application);
    }

    @Override
    public String toString() {
        return "Member[" + (publiclyRecruited ? application : "appointed") + ", " + term + "]";
    }
}
