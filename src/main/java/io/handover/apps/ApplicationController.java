package io.handover.apps;

import org.springframework.validation.annotation.Validated;
import io.handover.common.Limits;
import jakarta.validation.constraints.Size;
import java.util.List;

import io.handover.common.Refusal;
import io.handover.system.ApiCaller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/apps")
@Tag(name = "Application register",
		description = "Every application: owner, federated or standalone, how to deactivate an account")
class ApplicationController {

	private final ApplicationRegister register;

	ApplicationController(ApplicationRegister register) {
		this.register = register;
	}

	@GetMapping
	@Operation(summary = "Every application, with the role profiles that use it")
	List<ApplicationView> all() {
		return this.register.all().stream().map(this.register::view).toList();
	}

	@GetMapping("/{key}")
	ApplicationView one(@PathVariable @Size(max = Limits.KEY) String key) {
		return this.register.view(this.register.get(key));
	}

	@PutMapping("/{key}")
	@Operation(summary = "Register or change an application",
			description = "Send If-Match with the version you edited to refuse a change made meanwhile.")
	ResponseEntity<ApplicationView> save(@PathVariable @Size(max = Limits.KEY) String key,
			@Valid @RequestBody ApplicationDraft draft,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestHeader(name = "X-Reason", required = false) String why) {
		Application stored = this.register.save(key, draft, version(ifMatch), ApiCaller.current(), why);
		return ResponseEntity.ok().eTag("\"" + stored.version() + "\"").body(this.register.view(stored));
	}

	@DeleteMapping("/{key}")
	@Operation(summary = "Remove an application no role profile uses")
	ResponseEntity<Void> remove(@PathVariable @Size(max = Limits.KEY) String key,
			@RequestHeader(name = "X-Reason", required = false) String why) {
		this.register.remove(key, ApiCaller.current(), why);
		return ResponseEntity.noContent().build();
	}

	private static Long version(String ifMatch) {
		if (ifMatch == null) {
			return null;
		}
		try {
			return Long.valueOf(ifMatch.replace("W/", "").replace("\"", "").trim());
		}
		catch (NumberFormatException ex) {
			throw new Refusal("invalid-version", "If-Match", "If-Match must be an application version, e.g. \"3\"");
		}
	}

}
