package jp.cityplan.domain.committee;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.cityplan.domain.shared.Require;

/**
 * An advisory council or committee of the city (審議会・委員会): its legal basis, its seats and how many of them are
 * filled by public recruitment, the length of a term, the share neither sex should fall below, the division that
 * runs it, and its members term by term.
 */
public final class Committee {

    private final CommitteeId id;
    private final String name;
    private final String legalBasis;
    private final int totalSeats;
    private final int publicSeats;
    private final Period termLength;
    private final int genderBalanceTargetPercent;
    private final String responsibleDivision;
    private final List<Member> members;
    private final long version;

    private Committee(CommitteeId id, String name, String legalBasis, int totalSeats, int publicSeats, Period termLength,
                      int genderBalanceTargetPercent, String responsibleDivision, List<Member> members, long version) {
        this.id = Require.present(id, "committee id");
        this.name = Require.text(name, "committee name");
        this.legalBasis = Require.text(legalBasis, "legal basis");
        if (totalSeats < 1) {
            throw new IllegalArgumentException("committee " + id + " needs at least one seat");
        }
        if (publicSeats < 0 || publicSeats > totalSeats) {
            throw new IllegalArgumentException("public seats of " + id + " must be between 0 and " + totalSeats);
        }
        Require.present(termLength, "term length");
        if (termLength.isNegative() || termLength.isZero()) {
            throw new IllegalArgumentException("term length of " + id + " must be positive");
        }
        if (genderBalanceTargetPercent < 0 || genderBalanceTargetPercent > 50) {
            throw new IllegalArgumentException("gender balance target of " + id + " must be 0-50 %");
        }
        this.totalSeats = totalSeats;
        this.publicSeats = publicSeats;
        this.termLength = termLength;
        this.genderBalanceTargetPercent = genderBalanceTargetPercent;
        this.responsibleDivision = Require.text(responsibleDivision, "responsible division");
        this.members = new ArrayList<>(Require.list(members, "members"));
        this.version = version;
    }

    /** A committee the city sets up, with no members yet. */
    public static Committee establish(CommitteeId id, String name, String legalBasis, int totalSeats, int publicSeats,
                                      Period termLength, int genderBalanceTargetPercent, String responsibleDivision) {
        return new Committee(id, name, legalBasis, totalSeats, publicSeats, termLength, genderBalanceTargetPercent,
                responsibleDivision, List.of(), 0L);
    }

    /** A stored committee read back. */
    public static Committee restore(CommitteeId id, String name, String legalBasis, int totalSeats, int publicSeats,
                                    Period termLength, int genderBalanceTargetPercent, String responsibleDivision,
                                    List<Member> members, long version) {
        return new Committee(id, name, legalBasis, totalSeats, publicSeats, termLength, genderBalanceTargetPercent,
                responsibleDivision, members, version);
    }

    /** The term of this committee that starts on the given day. */
    public Term termStarting(LocalDate startsOn) {
        return Term.starting(startsOn, termLength);
    }

    /** Appoints a member; the seats of the member's term must not be exceeded. */
    public void appoint(Member member) {
        Require.present(member, "member");
        List<Member> sameTerm = membersOn(member.term().startsOn());
        if (sameTerm.size() >= totalSeats) {
            throw new IllegalStateException("committee " + id + " has no free seat on " + member.term().startsOn());
        }
        if (member.publiclyRecruited()
                && sameTerm.stream().filter(Member::publiclyRecruited).count() >= publicSeats) {
            throw new IllegalStateException("committee " + id + " has no free public seat on " + member.term().startsOn());
        }
        members.add(member);
    }

    public List<Member> membersOn(LocalDate day) {
        return members.stream().filter(member -> member.term().covers(day)).toList();
    }

    /** The last day of the latest term anyone sits in, where there are members. */
    public Optional<LocalDate> currentTermEndsOn() {
        return members.stream().map(member -> member.term().endsOn()).max(LocalDate::compareTo);
    }

    public CommitteeId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public int totalSeats() {
        return totalSeats;
    }

    public int publicSeats() {
        return publicSeats;
    }

    public Period termLength() {
        return termLength;
    }

    public int genderBalanceTargetPercent() {
        return genderBalanceTargetPercent;
    }

    public String responsibleDivision() {
        return responsibleDivision;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    public long version() {
        return version;
    }
}
