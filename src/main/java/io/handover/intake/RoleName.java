package io.handover.intake;

import java.util.List;

/**
 * A role profile as people may name it: its key, title and aliases.
 */
public record RoleName(String key, List<String> names) {

}
