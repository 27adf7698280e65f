package org.gongkai.web;

import java.util.Optional;

/**
 * How the console names a unit. The web shell depends on no capability module (they all use its layout
 * and {@link FormErrors}), so organisation provides this as a bean; without one the console shows the
 * unit's id.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface UnitNames {

    Optional<String> nameOf(long unitId);
}
