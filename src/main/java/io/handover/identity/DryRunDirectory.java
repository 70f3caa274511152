package io.handover.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory of local mode, without Graph credentials: it sends nothing and answers
 * each change with the Microsoft Graph requests it would have sent (method, path, body),
 * so a task can show exactly what a live run will do. Reads assume the person exists and
 * is enabled and know no groups, licences or devices: the runbook then works from what
 * Handover itself knows (the role profile, the asset register).
 */
public class DryRunDirectory implements Directory {

	static final String NOTE = "Dry run (no directory credentials): nothing was sent";

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final String graphBaseUrl;

	public DryRunDirectory(String graphBaseUrl) {
		this.graphBaseUrl = graphBaseUrl;
	}

	@Override
	public boolean isDryRun() {
		return true;
	}

	@Override
	public Optional<DirectoryAccount> findAccount(String upnOrId) {
		return Optional.of(new DirectoryAccount(upnOrId, upnOrId, upnOrId, true));
	}

	/** A dry run knows no account's past: nothing to show, nothing is linked. */
	@Override
	public AccountHistory historyOf(DirectoryAccount account) {
		return new AccountHistory(account, null, null, List.of(), List.of());
	}

	@Override
	public DirectoryOutcome createAccount(NewAccount account) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("@odata.type", "#microsoft.graph.user");
		body.put("accountEnabled", true);
		body.put("displayName", account.displayName());
		if (account.givenName() != null) {
			body.put("givenName", account.givenName());
		}
		if (account.surname() != null) {
			body.put("surname", account.surname());
		}
		if (account.jobTitle() != null) {
			body.put("jobTitle", account.jobTitle());
		}
		body.put("mailNickname", account.mailNickname());
		body.put("passwordProfile", Map.of("forceChangePasswordNextSignIn", true, "password", "***"));
		if (account.usageLocation() != null) {
			body.put("usageLocation", account.usageLocation());
		}
		body.put("userPrincipalName", account.userPrincipalName());
		return dryRun("Would create account " + account.userPrincipalName(), request("POST", "/users", body));
	}

	@Override
	public DirectoryOutcome enableAccount(DirectoryAccount account) {
		return dryRun("Would enable the account", request("PATCH", "/users/" + account.id(), enabled(true)));
	}

	@Override
	public DirectoryOutcome disableAccount(DirectoryAccount account) {
		return dryRun("Would disable the account", request("PATCH", "/users/" + account.id(), enabled(false)));
	}

	@Override
	public DirectoryOutcome revokeSessions(DirectoryAccount account) {
		return dryRun("Would revoke the sign-in sessions",
				request("POST", "/users/" + account.id() + "/revokeSignInSessions", null));
	}

	@Override
	public List<DirectoryGroup> groupsOf(DirectoryAccount account) {
		return List.of();
	}

	/** Without a directory nobody is a member of any group: membership grants rights. */
	@Override
	public boolean isMemberOfGroup(String userObjectId, String groupObjectId) {
		return false;
	}

	/** Without a directory nobody has a manager: a manager of record grants rights. */
	@Override
	public Optional<DirectoryAccount> managerOf(String userUpnOrId) {
		return Optional.empty();
	}

	/** Without a directory nobody has reports. */
	@Override
	public boolean hasDirectReports(String userUpnOrId) {
		return false;
	}

	@Override
	public Optional<DirectoryGroup> findGroup(String nameOrId) {
		return Optional.of(DirectoryGroup.staticGroup("<id of " + nameOrId + ">", nameOrId));
	}

	@Override
	public List<DirectoryOutcome> addToGroups(DirectoryAccount account, List<DirectoryGroup> groups) {
		return groups.stream()
			.map(group -> dryRun("Would add to " + group.name(),
					request("POST", "/groups/" + group.id() + "/members/$ref",
							Map.of("@odata.id", this.graphBaseUrl + "/directoryObjects/" + account.id()))))
			.toList();
	}

	@Override
	public List<DirectoryOutcome> removeFromGroups(DirectoryAccount account, List<DirectoryGroup> groups) {
		return groups.stream()
			.map(group -> dryRun("Would remove from " + group.name(),
					request("DELETE", "/groups/" + group.id() + "/members/" + account.id() + "/$ref", null)))
			.toList();
	}

	@Override
	public List<Licence> licencesOf(DirectoryAccount account) {
		return List.of();
	}

	@Override
	public List<Licence> findLicences(List<String> partNumbers) {
		return partNumbers.stream().map(part -> new Licence("<skuId of " + part + ">", part)).toList();
	}

	@Override
	public DirectoryOutcome changeLicences(DirectoryAccount account, List<Licence> add, List<Licence> remove) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("addLicenses", add.stream().map(l -> Map.of("disabledPlans", List.of(), "skuId", l.skuId())).toList());
		body.put("removeLicenses", remove.stream().map(Licence::skuId).toList());
		return dryRun(
				"Would change licences" + (add.isEmpty() ? "" : ", add " + shown(add))
						+ (remove.isEmpty() ? "" : ", remove " + shown(remove)),
				request("POST", "/users/" + account.id() + "/assignLicense", body));
	}

	@Override
	public TemporaryAccessPass createTemporaryAccessPass(DirectoryAccount account, Instant startsAt,
			Duration lifetime) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("@odata.type", "#microsoft.graph.temporaryAccessPassAuthenticationMethod");
		body.put("isUsableOnce", true);
		body.put("lifetimeInMinutes", (int) lifetime.toMinutes());
		body.put("startDateTime", startsAt.toString());
		return new TemporaryAccessPass(null, startsAt, startsAt.plus(lifetime), true,
				request("POST", "/users/" + account.id() + "/authentication/temporaryAccessPassMethods", body));
	}

	@Override
	public List<ManagedDevice> devicesOf(DirectoryAccount account) {
		return List.of();
	}

	@Override
	public DirectoryOutcome wipe(ManagedDevice device) {
		return dryRun("Would wipe " + device.shown(),
				request("POST", "/deviceManagement/managedDevices/" + device.id() + "/wipe",
						Map.of("keepEnrollmentData", false, "keepUserData", false, "persistEsimDataPlan", false)));
	}

	@Override
	public DirectoryOutcome retire(ManagedDevice device) {
		return dryRun("Would retire " + device.shown(),
				request("POST", "/deviceManagement/managedDevices/" + device.id() + "/retire", null));
	}

	@Override
	public DirectoryOutcome registerAutopilotDevice(AutopilotDevice device) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("assignedUserPrincipalName", device.assignedUserPrincipalName());
		if (device.groupTag() != null) {
			body.put("groupTag", device.groupTag());
		}
		body.put("hardwareIdentifier", device.hardwareHash());
		body.put("serialNumber", device.serialNumber());
		String filter = URLEncoder.encode("contains(serialNumber,'" + device.serialNumber() + "')",
				StandardCharsets.UTF_8);
		return dryRun("Would register " + device.serialNumber() + " for Windows Autopilot",
				List.of(new DirectoryRequest("GET",
						"/deviceManagement/windowsAutopilotDeviceIdentities?$filter=" + filter, null),
						request("POST", "/deviceManagement/importedWindowsAutopilotDeviceIdentities", body).get(0)));
	}

	@Override
	public DirectoryOutcome setAutomaticReplies(DirectoryAccount account, String message) {
		Map<String, Object> setting = new LinkedHashMap<>();
		setting.put("externalAudience", "all");
		setting.put("externalReplyMessage", message);
		setting.put("internalReplyMessage", message);
		setting.put("status", "alwaysEnabled");
		return dryRun("Would set automatic replies", request("PATCH", "/users/" + account.id() + "/mailboxSettings",
				Map.of("automaticRepliesSetting", setting)));
	}

	@Override
	public DirectoryOutcome grantFileAccess(DirectoryAccount account, String delegateUpn) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("recipients", List.of(Map.of("email", delegateUpn)));
		body.put("requireSignIn", true);
		body.put("retainInheritedPermissions", false);
		body.put("roles", List.of("write"));
		body.put("sendInvitation", false);
		List<DirectoryRequest> requests = new ArrayList<>();
		requests.add(new DirectoryRequest("GET", "/users/" + account.id() + "/drive", null));
		requests.addAll(request("POST", "/drives/<drive id>/items/root/invite", body));
		return dryRun("Would give " + delegateUpn + " edit access to the files", requests);
	}

	private static Map<String, Object> enabled(boolean enabled) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("@odata.type", "#microsoft.graph.user");
		body.put("accountEnabled", enabled);
		return body;
	}

	private static DirectoryOutcome dryRun(String summary, List<DirectoryRequest> requests) {
		return DirectoryOutcome.dryRun(summary, requests);
	}

	private static List<DirectoryRequest> request(String method, String path, Object body) {
		try {
			return List.of(new DirectoryRequest(method, path, body != null ? JSON.writeValueAsString(body) : null));
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static String shown(List<Licence> licences) {
		return String.join(", ", licences.stream().map(Licence::shown).toList());
	}

}
