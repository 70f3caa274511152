package io.handover.intake;

/** A role profile a form offers: its key and the title people know it by. */
public record RoleChoice(String key, String name) {

}
