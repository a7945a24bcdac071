package jp.cityplan.app.config;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/** The one MapStruct configuration every mapper of the app uses: a target property left unmapped fails the build. */
@MapperConfig(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface SharedMapperConfig {
}
