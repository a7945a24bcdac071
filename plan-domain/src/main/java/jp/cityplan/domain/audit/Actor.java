package jp.cityplan.domain.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who did something to a case: a member of staff by their user id, a citizen (never named: the case itself knows who
 * they are), or the system itself (timers, the app acting on a citizen's request).
 */
public record Actor(Kind kind, String userId) {

    public static final Actor CITIZEN = new Actor(Kind.CITIZEN, null);
    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, null);

    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}");

    public enum Kind { STAFF, CITIZEN, SYSTEM }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.STAFF) {
            if (userId == null || !USER_ID.matcher(userId).matches()) {
                throw new IllegalArgumentException("userId: a member of staff needs a user id");
            }
        } else if (userId != null) {
            throw new IllegalArgumentException("userId: only staff are recorded by id");
        }
    }

    public static Actor staff(String userId) {
        return new Actor(Kind.STAFF, userId);
    }

    /** The member of staff the engine knows as signed in, or the system where nobody is. */
    public static Actor signedInOrSystem(String userId) {
        return userId == null || userId.isBlank() ? SYSTEM : staff(userId);
    }
}
