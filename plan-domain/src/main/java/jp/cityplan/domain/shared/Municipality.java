package jp.cityplan.domain.shared;

/** A municipality (市町村) served by this deployment; several may share one deployment (広域連携). */
public record Municipality(MunicipalityCode code, String name) {

    public Municipality {
        Require.present(code, "municipality code");
        Require.text(name, "municipality name");
    }
}
