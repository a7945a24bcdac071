package jp.cityplan.domain.publicworks;

/** There is no public works project with this ProjectId; nothing was changed. */
public class UnknownProjectException extends RuntimeException {

    private final transient ProjectId id;

    public UnknownProjectException(ProjectId id) {
        super("no public works project " + id);
        this.id = id;
    }

    public ProjectId id() {
        return id;
    }
}
