package jp.cityplan.domain.publicworks;

/** project already registered ProjectId; nothing was changed. */
public class DuplicateProjectException extends RuntimeException {

    private final transient ProjectId id;

    public DuplicateProjectException(ProjectId id) {
        super("project already registered " + id);
        this.id = id;
    }

    public ProjectId id() {
        return id;
    }
}
