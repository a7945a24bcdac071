package jp.cityplan.domain.proposal;

import java.util.Optional;

/**
 * The citizen's contact details, all optional (anonymous proposals exist). Personal data: it never goes to logs or
 * process variables, and divisions see a masked copy of the case.
 */
public record Contact(String familyName, String givenName, String area, String postalAddress, String email, String phone) {

    public static final Contact ANONYMOUS = new Contact(null, null, null, null, null, null);

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }

    /** Enough to answer: an e-mail address, or a name with a postal address. */
    public boolean isReachable() {
        return email != null || (familyName != null && postalAddress != null);
    }

    public boolean isAnonymous() {
        return familyName == null && givenName == null;
    }

    public String fullName() {
        if (familyName == null) {
            return "";
        }
        return givenName == null ? familyName : familyName + " " + givenName;
    }

    @Override
    public String toString() {
        return "Contact[masked]";
    }
}
