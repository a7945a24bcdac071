package jp.cityplan.app.application.dashboard;

/** The Japanese name of a division's group (e.g. div-public-relations → 広報広聴課); the id where it has none. */
@FunctionalInterface
public interface DivisionNames {

    String nameOf(String groupId);
}
