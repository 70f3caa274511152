package io.handover.profile;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.handover.common.Actor;
import io.handover.common.Channel;
import io.handover.common.NotFound;

@RestController
@RequestMapping("/api/profiles")
@Tag(name = "Role profiles", description = "What each role gets: assets, access groups, applications, extra tasks")
class ProfileController {

	private final ProfileManagement profiles;

	ProfileController(ProfileManagement profiles) {
		this.profiles = profiles;
	}

	@GetMapping
	@Operation(summary = "Every role profile")
	List<RoleProfile> all() {
		return this.profiles.all();
	}

	@GetMapping("/{key}")
	RoleProfile one(@PathVariable String key) {
		return this.profiles.get(key);
	}

	@GetMapping("/match")
	@Operation(summary = "The profile a role name or alias names, e.g. 'ontwikkelaar'")
	RoleProfile match(@RequestParam String role) {
		return this.profiles.match(role).orElseThrow(() -> new NotFound("Role profile for", "'" + role + "'"));
	}

	@PutMapping("/{key}")
	@Operation(summary = "Create or replace a profile",
			description = "Send If-Match with the version you edited to refuse a change made meanwhile. "
					+ "Sending the same content again changes nothing.")
	ResponseEntity<RoleProfile> save(@PathVariable String key, @Valid @RequestBody ProfileDraft draft,
			@Parameter(description = "the version the change is based on") @RequestHeader(name = "If-Match",
					required = false) String ifMatch,
			@RequestHeader(name = "X-Reason", required = false) String why, Principal principal) {
		Long expected = ifMatch == null ? null : Long.valueOf(ifMatch.replace("\"", "").trim());
		RoleProfile stored = this.profiles.save(key, draft, expected, caller(principal), why);
		return ResponseEntity.ok().eTag("\"" + stored.version() + "\"").body(stored);
	}

	static Actor caller(Principal principal) {
		return principal != null ? new Actor(principal.getName(), principal.getName(), Channel.API)
				: new Actor("api:local", "Local API user", Channel.API);
	}

}
