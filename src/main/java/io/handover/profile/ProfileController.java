package io.handover.profile;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.handover.common.Limits;
import io.handover.common.Refusal;
import io.handover.system.ApiCaller;
import io.handover.common.NotFound;

@RestController
@Validated
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
	RoleProfile one(@PathVariable @Size(max = Limits.KEY) String key) {
		return this.profiles.get(key);
	}

	@GetMapping("/match")
	@Operation(summary = "The profile a role name or alias names, e.g. 'ontwikkelaar'")
	RoleProfile match(@RequestParam @NotBlank @Size(max = Limits.NAME) String role) {
		return this.profiles.match(role).orElseThrow(() -> new NotFound("Role profile for", "'" + role + "'"));
	}

	@PutMapping("/{key}")
	@Operation(summary = "Create or replace a profile",
			description = "Send If-Match with the version you edited to refuse a change made meanwhile. "
					+ "Sending the same content again changes nothing.")
	ResponseEntity<RoleProfile> save(@PathVariable @Size(max = Limits.KEY) String key,
			@Valid @RequestBody ProfileDraft draft,
			@Parameter(description = "the version the change is based on") @RequestHeader(name = "If-Match",
					required = false) String ifMatch,
			@RequestHeader(name = "X-Reason", required = false) String why) {
		RoleProfile stored = this.profiles.save(key, draft, version(ifMatch), ApiCaller.current(), why);
		return ResponseEntity.ok().eTag("\"" + stored.version() + "\"").body(stored);
	}

	private static Long version(String ifMatch) {
		if (ifMatch == null) {
			return null;
		}
		try {
			return Long.valueOf(ifMatch.replace("W/", "").replace("\"", "").trim());
		}
		catch (NumberFormatException ex) {
			throw new Refusal("invalid-version", "If-Match", "If-Match must be a profile version, e.g. \"3\"");
		}
	}

}
