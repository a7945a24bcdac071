package jp.cityplan.domain.publicworks;

import java.util.List;
import java.util.Optional;

/** The public works register (repository). */
public interface PublicWorksProjects {

    /** Stores a new entry; fails with {@link DuplicateProjectException} where the id is taken. */
    void add(PublicWorksProject project);

    /** Stores the entry's changes; fails with {@link PublicWorksConflictException} where someone changed it meanwhile. */
    void update(PublicWorksProject project);

    Optional<PublicWorksProject> find(ProjectId id);

    /** Every entry, by id. */
    List<PublicWorksProject> all();
}
