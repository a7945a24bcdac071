package jp.cityplan.domain.committee;

import java.util.List;
import java.util.Optional;

/** The city's committees (repository). */
public interface Committees {

    void add(Committee committee);

    /** Stores a committee's new members; fails where someone else changed it since it was read. */
    void update(Committee committee);

    Optional<Committee> find(CommitteeId id);

    List<Committee> all();

    default Committee get(CommitteeId id) {
        return find(id).orElseThrow(() -> new UnknownCommitteeException(id.value()));
    }
}
