package jp.cityplan.app.application.audit;

import java.time.Instant;

/**
 * One entry of the engine's user operation log: which user did which operation on what. The changed values are left
 * out on purpose (a variable's value could be a citizen's text); the property says which one changed.
 */
public record EngineOperation(Instant at, String userId, String operation, String entity, String property,
                              String taskId) {
}
