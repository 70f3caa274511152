package io.handover.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import com.microsoft.graph.core.content.BatchRequestContent;
import com.microsoft.graph.core.content.BatchResponseContent;
import com.microsoft.graph.devicemanagement.manageddevices.item.wipe.WipePostRequestBody;
import com.microsoft.graph.drives.item.items.item.invite.InvitePostRequestBody;
import com.microsoft.graph.models.AssignedLicense;
import com.microsoft.graph.models.AutomaticRepliesSetting;
import com.microsoft.graph.models.AutomaticRepliesStatus;
import com.microsoft.graph.models.ChatMessage;
import com.microsoft.graph.models.ChatMessageAttachment;
import com.microsoft.graph.models.DirectoryObject;
import com.microsoft.graph.models.DirectoryObjectCollectionResponse;
import com.microsoft.graph.models.DirectoryRoleCollectionResponse;
import com.microsoft.graph.models.DriveRecipient;
import com.microsoft.graph.models.ExternalAudienceScope;
import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.GroupCollectionResponse;
import com.microsoft.graph.models.ImportedWindowsAutopilotDeviceIdentity;
import com.microsoft.graph.models.LicenseAssignmentState;
import com.microsoft.graph.models.MailboxSettings;
import com.microsoft.graph.models.Organization;
import com.microsoft.graph.models.OrganizationCollectionResponse;
import com.microsoft.graph.models.VerifiedDomain;
import com.microsoft.graph.models.ManagedDeviceCollectionResponse;
import com.microsoft.graph.models.ManagedDeviceOwnerType;
import com.microsoft.graph.models.PasswordProfile;
import com.microsoft.graph.models.ReferenceCreate;
import com.microsoft.graph.models.SubscribedSku;
import com.microsoft.graph.models.TemporaryAccessPassAuthenticationMethod;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.WindowsAutopilotDeviceIdentityCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.teams.item.channels.item.messages.delta.DeltaGetResponse;
import com.microsoft.graph.teams.item.channels.item.messages.delta.DeltaRequestBuilder;
import com.microsoft.graph.users.item.assignlicense.AssignLicensePostRequestBody;
import com.microsoft.graph.users.item.checkmembergroups.CheckMemberGroupsPostRequestBody;
import com.microsoft.graph.users.item.checkmembergroups.CheckMemberGroupsPostResponse;
import com.microsoft.kiota.RequestInformation;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory on Microsoft Graph. Every body is a fresh object (the SDK sends only the
 * fields changed since an object's last send), members are removed through {@code /$ref}
 * (without it Graph deletes the user), independent group changes go out as JSON batches
 * of at most 20 with each item's status checked and throttled items sent again after
 * their {@code Retry-After}; single requests are retried on 429, 503 and 504 by the SDK's
 * retry handler, which honours {@code Retry-After}. Body-less POSTs (revoke sessions,
 * retire) go outside batches, where the SDK cannot carry them.
 */
public class GraphDirectory implements Directory, ChannelHistory {

	private static final Logger log = LoggerFactory.getLogger(GraphDirectory.class);

	static final int BATCH_LIMIT = 20;

	private static final Pattern OBJECT_ID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final GraphServiceClient graph;

	private final GraphRequestRecorder recorder;

	private final String baseUrl;

	private final int maxRetries;

	GraphDirectory(GraphServiceClient graph, GraphRequestRecorder recorder, String baseUrl, int maxRetries) {
		this.graph = graph;
		this.recorder = recorder;
		this.baseUrl = baseUrl;
		this.maxRetries = maxRetries;
	}

	@Override
	public boolean isDryRun() {
		return false;
	}

	/** The guard's read-only observations, through this directory's Graph client. */
	DirectoryObservations observations() {
		return new GraphObservations(this.graph, this);
	}

	@Override
	public List<String> verifiedDomains() {
		OrganizationCollectionResponse organisations = call(() -> this.graph.organization()
			.get(rc -> rc.queryParameters.select = new String[] { "id", "verifiedDomains" }));
		List<String> domains = new ArrayList<>();
		if (organisations != null && organisations.getValue() != null) {
			for (Organization organisation : organisations.getValue()) {
				if (organisation.getVerifiedDomains() == null) {
					continue;
				}
				for (VerifiedDomain domain : organisation.getVerifiedDomains()) {
					if (domain.getName() != null) {
						domains.add(domain.getName().trim().toLowerCase(java.util.Locale.ROOT));
					}
				}
			}
		}
		return List.copyOf(domains);
	}

	@Override
	public Optional<DirectoryAccount> findAccount(String upnOrId) {
		return needs("User.Read.All", () -> findAccountGraph(upnOrId));
	}

	private Optional<DirectoryAccount> findAccountGraph(String upnOrId) {
		try {
			User user = call(() -> this.graph.users()
				.byUserId(upnOrId)
				.get(rc -> rc.queryParameters.select = new String[] { "id", "userPrincipalName", "displayName",
						"accountEnabled" }));
			return Optional.ofNullable(user).map(GraphDirectory::account);
		}
		catch (DirectoryFailure failure) {
			if (failure.status() == 404) {
				return Optional.empty();
			}
			throw failure;
		}
	}

	/**
	 * {@code POST /users/{id}/checkMemberGroups} with the one group: the answer lists the
	 * groups (of those asked) the user is a member of, transitively. An unknown user is
	 * no member.
	 */
	@Override
	public boolean isMemberOfGroup(String userObjectId, String groupObjectId) {
		CheckMemberGroupsPostRequestBody body = new CheckMemberGroupsPostRequestBody();
		body.setGroupIds(List.of(groupObjectId));
		try {
			CheckMemberGroupsPostResponse answer = call(
					() -> this.graph.users().byUserId(userObjectId).checkMemberGroups().post(body));
			return answer != null && answer.getValue() != null
					&& answer.getValue().stream().anyMatch(groupObjectId::equalsIgnoreCase);
		}
		catch (DirectoryFailure failure) {
			if (failure.status() == 404) {
				return false;
			}
			throw failure;
		}
	}

	/**
	 * {@code GET /users/{id}/manager}: Graph answers 404 {@code Request_ResourceNotFound}
	 * when the user has no manager (or is unknown), which is "none", not a failure.
	 */
	@Override
	public Optional<DirectoryAccount> managerOf(String userUpnOrId) {
		try {
			DirectoryObject manager = call(() -> this.graph.users()
				.byUserId(userUpnOrId)
				.manager()
				.get(rc -> rc.queryParameters.select = new String[] { "id", "userPrincipalName", "displayName",
						"accountEnabled" }));
			if (manager == null || manager.getId() == null) {
				return Optional.empty();
			}
			// a manager may be an organisational contact: then only its id is known
			return Optional.of(manager instanceof User user ? account(user)
					: new DirectoryAccount(manager.getId(), null, null, true));
		}
		catch (DirectoryFailure failure) {
			if (failure.status() == 404) {
				return Optional.empty();
			}
			throw failure;
		}
	}

	/** {@code GET /users/{id}/directReports?$top=1&$select=id}: one report is enough. */
	@Override
	public boolean hasDirectReports(String userUpnOrId) {
		try {
			DirectoryObjectCollectionResponse reports = call(
					() -> this.graph.users().byUserId(userUpnOrId).directReports().get(rc -> {
						rc.queryParameters.top = 1;
						rc.queryParameters.select = new String[] { "id" };
					}));
			return reports != null && reports.getValue() != null && !reports.getValue().isEmpty();
		}
		catch (DirectoryFailure failure) {
			if (failure.status() == 404) {
				return false;
			}
			throw failure;
		}
	}

	/**
	 * {@code createdDateTime} and {@code signInActivity} (which needs AuditLog.Read.All)
	 * of the user, its groups, and its directory roles through
	 * {@code transitiveMemberOf/microsoft.graph.directoryRole}, so a role held through a
	 * role-assignable group counts too.
	 */
	@Override
	public AccountHistory historyOf(DirectoryAccount account) {
		User user = call(() -> this.graph.users()
			.byUserId(account.id())
			.get(rc -> rc.queryParameters.select = new String[] { "id", "userPrincipalName", "displayName",
					"accountEnabled", "createdDateTime", "signInActivity" }));
		List<String> groups = groupsOf(account).stream().map(DirectoryGroup::name).toList();
		List<String> roles = new ArrayList<>();
		DirectoryRoleCollectionResponse page = call(() -> this.graph.users()
			.byUserId(account.id())
			.transitiveMemberOf()
			.graphDirectoryRole()
			.get(rc -> rc.queryParameters.select = new String[] { "id", "displayName", "roleTemplateId" }));
		while (page != null) {
			page.getValue().forEach(role -> roles.add(role.getDisplayName()));
			String next = page.getOdataNextLink();
			page = next == null ? null
					: call(() -> this.graph.users()
						.byUserId(account.id())
						.transitiveMemberOf()
						.graphDirectoryRole()
						.withUrl(next)
						.get());
		}
		Instant lastSignIn = user.getSignInActivity() != null
				&& user.getSignInActivity().getLastSignInDateTime() != null
						? user.getSignInActivity().getLastSignInDateTime().toInstant() : null;
		return new AccountHistory(account(user),
				user.getCreatedDateTime() != null ? user.getCreatedDateTime().toInstant() : null, lastSignIn, groups,
				roles);
	}

	@Override
	public DirectoryOutcome createAccount(NewAccount account) {
		return needs("User.ReadWrite.All", () -> createAccountGraph(account));
	}

	private DirectoryOutcome createAccountGraph(NewAccount account) {
		User user = new User();
		user.setAccountEnabled(true);
		user.setDisplayName(account.displayName());
		user.setGivenName(account.givenName());
		user.setSurname(account.surname());
		user.setJobTitle(account.jobTitle());
		user.setMailNickname(account.mailNickname());
		user.setUserPrincipalName(account.userPrincipalName());
		user.setUsageLocation(account.usageLocation());
		PasswordProfile password = new PasswordProfile();
		// Nobody ever learns this password: the joiner signs in with a Temporary Access
		// Pass.
		password.setPassword(randomPassword());
		password.setForceChangePasswordNextSignIn(true);
		user.setPasswordProfile(password);
		var created = recorded(() -> this.graph.users().post(user));
		return DirectoryOutcome.done(
				"Account " + account.userPrincipalName() + " created (id " + created.value().getId() + ")",
				created.requests());
	}

	@Override
	public DirectoryOutcome enableAccount(DirectoryAccount account) {
		return needs("User.EnableDisableAccount.All", () -> enableAccountGraph(account));
	}

	private DirectoryOutcome enableAccountGraph(DirectoryAccount account) {
		if (account.enabled()) {
			return DirectoryOutcome.alreadyDone("The account was already enabled", List.of());
		}
		return patchEnabled(account, true, "Account enabled");
	}

	@Override
	public DirectoryOutcome disableAccount(DirectoryAccount account) {
		return needs("User.EnableDisableAccount.All", () -> disableAccountGraph(account));
	}

	private DirectoryOutcome disableAccountGraph(DirectoryAccount account) {
		if (!account.enabled()) {
			return DirectoryOutcome.alreadyDone("The account was already disabled", List.of());
		}
		return patchEnabled(account, false, "Account disabled");
	}

	private DirectoryOutcome patchEnabled(DirectoryAccount account, boolean enabled, String summary) {
		User change = new User();
		change.setAccountEnabled(enabled);
		var sent = recorded(() -> this.graph.users().byUserId(account.id()).patch(change));
		return DirectoryOutcome.done(summary, sent.requests());
	}

	@Override
	public DirectoryOutcome revokeSessions(DirectoryAccount account) {
		return needs("User.RevokeSessions.All", () -> revokeSessionsGraph(account));
	}

	private DirectoryOutcome revokeSessionsGraph(DirectoryAccount account) {
		var sent = recorded(() -> this.graph.users().byUserId(account.id()).revokeSignInSessions().post());
		return DirectoryOutcome.done("Sign-in sessions revoked", sent.requests());
	}

	@Override
	public List<DirectoryGroup> groupsOf(DirectoryAccount account) {
		return needs("GroupMember.Read.All", () -> groupsOfGraph(account));
	}

	private List<DirectoryGroup> groupsOfGraph(DirectoryAccount account) {
		List<DirectoryGroup> groups = new ArrayList<>();
		GroupCollectionResponse page = call(() -> this.graph.users()
			.byUserId(account.id())
			.memberOf()
			.graphGroup()
			.get(rc -> rc.queryParameters.select = new String[] { "id", "displayName", "groupTypes",
					"membershipRule" }));
		while (page != null) {
			page.getValue().forEach(group -> groups.add(group(group)));
			String next = page.getOdataNextLink();
			page = next == null ? null
					: call(() -> this.graph.users().byUserId(account.id()).memberOf().graphGroup().withUrl(next).get());
		}
		return groups;
	}

	@Override
	public Optional<DirectoryGroup> findGroup(String nameOrId) {
		if (OBJECT_ID.matcher(nameOrId).matches()) {
			try {
				return Optional.of(group(call(() -> this.graph.groups()
					.byGroupId(nameOrId)
					.get(rc -> rc.queryParameters.select = new String[] { "id", "displayName", "groupTypes",
							"membershipRule" }))));
			}
			catch (DirectoryFailure failure) {
				if (failure.status() == 404) {
					return Optional.empty();
				}
				throw failure;
			}
		}
		GroupCollectionResponse found = call(() -> this.graph.groups().get(rc -> {
			rc.queryParameters.filter = "displayName eq '" + nameOrId.replace("'", "''") + "'";
			rc.queryParameters.select = new String[] { "id", "displayName", "groupTypes", "membershipRule" };
		}));
		return found.getValue().stream().findFirst().map(GraphDirectory::group);
	}

	@Override
	public List<DirectoryOutcome> addToGroups(DirectoryAccount account, List<DirectoryGroup> groups) {
		List<RequestInformation> steps = new ArrayList<>();
		for (DirectoryGroup group : groups) {
			ReferenceCreate member = new ReferenceCreate();
			member.setOdataId(this.baseUrl + "/directoryObjects/" + account.id());
			steps.add(this.graph.groups().byGroupId(group.id()).members().ref().toPostRequestInformation(member));
		}
		List<ItemResult> results = batch(steps);
		List<DirectoryOutcome> outcomes = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			ItemResult result = results.get(i);
			String name = groups.get(i).name();
			if (result.ok()) {
				outcomes.add(DirectoryOutcome.done("Added to " + name, result.requests()));
			}
			else if (result.status() == 400 && result.message().contains("already exist")) {
				outcomes.add(DirectoryOutcome.alreadyDone("Was already a member of " + name, result.requests()));
			}
			else {
				outcomes.add(DirectoryOutcome.failed("Not added to " + name + ": " + result.describe(),
						result.requests(), result.status()));
			}
		}
		return outcomes;
	}

	@Override
	public List<DirectoryOutcome> removeFromGroups(DirectoryAccount account, List<DirectoryGroup> groups) {
		List<RequestInformation> steps = new ArrayList<>();
		for (DirectoryGroup group : groups) {
			// .../members/{id}/$ref removes the membership; .../members/{id} would delete
			// the user
			steps.add(this.graph.groups()
				.byGroupId(group.id())
				.members()
				.byDirectoryObjectId(account.id())
				.ref()
				.toDeleteRequestInformation());
		}
		List<ItemResult> results = batch(steps);
		List<DirectoryOutcome> outcomes = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			ItemResult result = results.get(i);
			String name = groups.get(i).name();
			if (result.ok()) {
				outcomes.add(DirectoryOutcome.done("Removed from " + name, result.requests()));
			}
			else if (result.status() == 404) {
				outcomes.add(DirectoryOutcome.alreadyDone("Was no longer a member of " + name, result.requests()));
			}
			else {
				outcomes.add(DirectoryOutcome.failed("Not removed from " + name + ": " + result.describe(),
						result.requests(), result.status()));
			}
		}
		return outcomes;
	}

	@Override
	public List<Licence> licencesOf(DirectoryAccount account) {
		return needs("LicenseAssignment.Read.All", () -> licencesOfGraph(account));
	}

	private List<Licence> licencesOfGraph(DirectoryAccount account) {
		// licenseDetails has no application permission: the user's
		// licenseAssignmentStates say which licences it holds and which came from a
		// group (assignLicense cannot remove those); the subscribed SKUs name them
		User states = call(() -> this.graph.users()
			.byUserId(account.id())
			.get(rc -> rc.queryParameters.select = new String[] { "id", "licenseAssignmentStates" }));
		List<LicenseAssignmentState> assignments = states != null && states.getLicenseAssignmentStates() != null
				? states.getLicenseAssignmentStates() : List.of();
		Map<String, List<LicenseAssignmentState>> bySku = new LinkedHashMap<>();
		assignments.stream()
			.filter(a -> a.getSkuId() != null)
			.forEach(a -> bySku.computeIfAbsent(String.valueOf(a.getSkuId()), sku -> new ArrayList<>()).add(a));
		if (bySku.isEmpty()) {
			return List.of();
		}
		Map<String, String> partNumbers = new LinkedHashMap<>();
		call(() -> this.graph.subscribedSkus()
			.get(rc -> rc.queryParameters.select = new String[] { "skuId", "skuPartNumber" })
			.getValue()).forEach(sku -> partNumbers.put(String.valueOf(sku.getSkuId()), sku.getSkuPartNumber()));
		List<Licence> licences = new ArrayList<>();
		bySku.forEach((sku,
				mine) -> licences.add(new Licence(sku, partNumbers.get(sku),
						mine.stream().anyMatch(a -> a.getAssignedByGroup() == null),
						mine.stream()
							.map(LicenseAssignmentState::getAssignedByGroup)
							.filter(java.util.Objects::nonNull)
							.toList())));
		return licences;
	}

	@Override
	public List<Licence> findLicences(List<String> partNumbers) {
		return needs("LicenseAssignment.Read.All", () -> findLicencesGraph(partNumbers));
	}

	private List<Licence> findLicencesGraph(List<String> partNumbers) {
		List<SubscribedSku> skus = call(() -> this.graph.subscribedSkus()
			.get(rc -> rc.queryParameters.select = new String[] { "skuId", "skuPartNumber" })
			.getValue());
		List<Licence> found = new ArrayList<>();
		for (String part : partNumbers) {
			skus.stream()
				.filter(sku -> part.equalsIgnoreCase(sku.getSkuPartNumber()))
				.findFirst()
				.ifPresent(sku -> found.add(new Licence(String.valueOf(sku.getSkuId()), sku.getSkuPartNumber())));
		}
		return found;
	}

	@Override
	public DirectoryOutcome changeLicences(DirectoryAccount account, List<Licence> add, List<Licence> remove) {
		return needs("LicenseAssignment.ReadWrite.All", () -> changeLicencesGraph(account, add, remove));
	}

	private DirectoryOutcome changeLicencesGraph(DirectoryAccount account, List<Licence> add, List<Licence> remove) {
		if (add.isEmpty() && remove.isEmpty()) {
			return DirectoryOutcome.alreadyDone("No licences to change", List.of());
		}
		AssignLicensePostRequestBody body = new AssignLicensePostRequestBody();
		// Graph answers 400 unless both lists are present, empty or not.
		List<AssignedLicense> adding = new ArrayList<>();
		for (Licence licence : add) {
			AssignedLicense assigned = new AssignedLicense();
			assigned.setSkuId(UUID.fromString(licence.skuId()));
			assigned.setDisabledPlans(new ArrayList<>());
			adding.add(assigned);
		}
		body.setAddLicenses(adding);
		body.setRemoveLicenses(remove.stream().map(l -> UUID.fromString(l.skuId())).toList());
		var sent = recorded(() -> this.graph.users().byUserId(account.id()).assignLicense().post(body));
		return DirectoryOutcome
			.done("Licences " + (add.isEmpty() ? "" : "added: " + shown(add) + (remove.isEmpty() ? "" : "; "))
					+ (remove.isEmpty() ? "" : "removed: " + shown(remove)), sent.requests());
	}

	@Override
	public TemporaryAccessPass createTemporaryAccessPass(DirectoryAccount account, Instant startsAt,
			Duration lifetime) {
		return needs("UserAuthenticationMethod.ReadWrite.All",
				() -> createTemporaryAccessPassGraph(account, startsAt, lifetime));
	}

	private TemporaryAccessPass createTemporaryAccessPassGraph(DirectoryAccount account, Instant startsAt,
			Duration lifetime) {
		TemporaryAccessPassAuthenticationMethod method = new TemporaryAccessPassAuthenticationMethod();
		method.setIsUsableOnce(true);
		method.setLifetimeInMinutes((int) lifetime.toMinutes());
		method.setStartDateTime(OffsetDateTime.ofInstant(startsAt, ZoneOffset.UTC));
		var created = recorded(() -> this.graph.users()
			.byUserId(account.id())
			.authentication()
			.temporaryAccessPassMethods()
			.post(method));
		TemporaryAccessPassAuthenticationMethod pass = created.value();
		Instant start = pass.getStartDateTime() != null ? pass.getStartDateTime().toInstant() : startsAt;
		int minutes = pass.getLifetimeInMinutes() != null ? pass.getLifetimeInMinutes() : (int) lifetime.toMinutes();
		return new TemporaryAccessPass(pass.getTemporaryAccessPass(), start, start.plus(Duration.ofMinutes(minutes)),
				!Boolean.FALSE.equals(pass.getIsUsableOnce()), created.requests());
	}

	@Override
	public List<ManagedDevice> devicesOf(DirectoryAccount account) {
		return needs("DeviceManagementManagedDevices.Read.All", () -> devicesOfGraph(account));
	}

	private List<ManagedDevice> devicesOfGraph(DirectoryAccount account) {
		List<ManagedDevice> devices = new ArrayList<>();
		ManagedDeviceCollectionResponse page = call(() -> this.graph.users()
			.byUserId(account.id())
			.managedDevices()
			.get(rc -> rc.queryParameters.select = new String[] { "id", "deviceName", "serialNumber", "operatingSystem",
					"managedDeviceOwnerType", "managementState" }));
		while (page != null) {
			page.getValue()
				.forEach(d -> devices.add(new ManagedDevice(d.getId(), d.getDeviceName(), d.getSerialNumber(),
						d.getOperatingSystem(), d.getManagedDeviceOwnerType() == ManagedDeviceOwnerType.Company,
						d.getManagementState() != null ? d.getManagementState().getValue() : null)));
			String next = page.getOdataNextLink();
			page = next == null ? null
					: call(() -> this.graph.users().byUserId(account.id()).managedDevices().withUrl(next).get());
		}
		return devices;
	}

	@Override
	public DirectoryOutcome wipe(ManagedDevice device) {
		return needs("DeviceManagementManagedDevices.PrivilegedOperations.All", () -> wipeGraph(device));
	}

	private DirectoryOutcome wipeGraph(ManagedDevice device) {
		if (device.isBeingRemoved()) {
			return DirectoryOutcome.alreadyDone(device.shown() + " is already " + device.state(), List.of());
		}
		WipePostRequestBody body = new WipePostRequestBody();
		body.setKeepEnrollmentData(false);
		body.setKeepUserData(false);
		var sent = recorded(
				() -> this.graph.deviceManagement().managedDevices().byManagedDeviceId(device.id()).wipe().post(body));
		return DirectoryOutcome.done("Wipe sent to " + device.shown(), sent.requests());
	}

	@Override
	public DirectoryOutcome retire(ManagedDevice device) {
		return needs("DeviceManagementManagedDevices.PrivilegedOperations.All", () -> retireGraph(device));
	}

	private DirectoryOutcome retireGraph(ManagedDevice device) {
		if (device.isBeingRemoved()) {
			return DirectoryOutcome.alreadyDone(device.shown() + " is already " + device.state(), List.of());
		}
		var sent = recorded(
				() -> this.graph.deviceManagement().managedDevices().byManagedDeviceId(device.id()).retire().post());
		return DirectoryOutcome.done("Retire sent to " + device.shown() + ": company data and mail removed",
				sent.requests());
	}

	@Override
	public DirectoryOutcome registerAutopilotDevice(AutopilotDevice device) {
		return needs("DeviceManagementServiceConfig.ReadWrite.All", () -> registerAutopilotDeviceGraph(device));
	}

	private DirectoryOutcome registerAutopilotDeviceGraph(AutopilotDevice device) {
		var existing = recorded(() -> this.graph.deviceManagement()
			.windowsAutopilotDeviceIdentities()
			.get(rc -> rc.queryParameters.filter = "contains(serialNumber,'" + device.serialNumber().replace("'", "''")
					+ "')"));
		WindowsAutopilotDeviceIdentityCollectionResponse found = existing.value();
		if (found != null && found.getValue() != null && !found.getValue().isEmpty()) {
			return DirectoryOutcome.alreadyDone(device.serialNumber() + " was already registered for Autopilot",
					existing.requests());
		}
		ImportedWindowsAutopilotDeviceIdentity identity = new ImportedWindowsAutopilotDeviceIdentity();
		identity.setSerialNumber(device.serialNumber());
		identity.setHardwareIdentifier(Base64.getDecoder().decode(device.hardwareHash().strip()));
		identity.setGroupTag(device.groupTag());
		identity.setAssignedUserPrincipalName(device.assignedUserPrincipalName());
		var sent = recorded(
				() -> this.graph.deviceManagement().importedWindowsAutopilotDeviceIdentities().post(identity));
		List<DirectoryRequest> requests = new ArrayList<>(existing.requests());
		requests.addAll(sent.requests());
		return DirectoryOutcome.done("Laptop " + device.serialNumber() + " registered for Windows Autopilot"
				+ (device.groupTag() != null ? " (group tag " + device.groupTag() + ")" : "") + ", assigned to "
				+ device.assignedUserPrincipalName(), requests);
	}

	@Override
	public DirectoryOutcome setAutomaticReplies(DirectoryAccount account, String message) {
		return needs("MailboxSettings.ReadWrite", () -> setAutomaticRepliesGraph(account, message));
	}

	private DirectoryOutcome setAutomaticRepliesGraph(DirectoryAccount account, String message) {
		AutomaticRepliesSetting replies = new AutomaticRepliesSetting();
		replies.setStatus(AutomaticRepliesStatus.AlwaysEnabled);
		replies.setExternalAudience(ExternalAudienceScope.All);
		replies.setInternalReplyMessage(message);
		replies.setExternalReplyMessage(message);
		MailboxSettings settings = new MailboxSettings();
		settings.setAutomaticRepliesSetting(replies);
		var sent = recorded(() -> this.graph.users().byUserId(account.id()).mailboxSettings().patch(settings));
		return DirectoryOutcome.done("Automatic replies on", sent.requests());
	}

	@Override
	public DirectoryOutcome grantFileAccess(DirectoryAccount account, String delegateUpn) {
		return needs("Files.ReadWrite.All", () -> grantFileAccessGraph(account, delegateUpn));
	}

	private DirectoryOutcome grantFileAccessGraph(DirectoryAccount account, String delegateUpn) {
		var sent = recorded(() -> {
			String driveId = this.graph.users()
				.byUserId(account.id())
				.drive()
				.get(rc -> rc.queryParameters.select = new String[] { "id" })
				.getId();
			InvitePostRequestBody invite = new InvitePostRequestBody();
			DriveRecipient recipient = new DriveRecipient();
			recipient.setEmail(delegateUpn);
			invite.setRecipients(List.of(recipient));
			invite.setRoles(List.of("write"));
			invite.setRequireSignIn(true);
			invite.setSendInvitation(false);
			return this.graph.drives().byDriveId(driveId).items().byDriveItemId("root").invite().post(invite);
		});
		return DirectoryOutcome.done(delegateUpn + " can edit the files", sent.requests());
	}

	/**
	 * Sends independent requests as JSON batches of at most 20 and answers each one's
	 * result, in order; items answered 429 are sent again (alone) after their
	 * Retry-After.
	 */
	private List<ItemResult> batch(List<RequestInformation> steps) {
		ItemResult[] results = new ItemResult[steps.size()];
		for (int from = 0; from < steps.size(); from += BATCH_LIMIT) {
			List<Integer> pending = new ArrayList<>();
			for (int i = from; i < Math.min(from + BATCH_LIMIT, steps.size()); i++) {
				pending.add(i);
			}
			for (int attempt = 0; !pending.isEmpty(); attempt++) {
				Map<Integer, ItemResult> answered = sendBatch(steps, pending);
				List<Integer> throttled = new ArrayList<>();
				long waitSeconds = 0;
				for (Integer i : pending) {
					ItemResult result = answered.get(i);
					if (result.throttled() && attempt < this.maxRetries) {
						throttled.add(i);
						waitSeconds = Math.max(waitSeconds, result.retryAfterSeconds());
					}
					else {
						results[i] = result;
					}
				}
				pending = throttled;
				if (!pending.isEmpty()) {
					log.info("Graph throttled {} batch item(s); retrying after {} s", pending.size(), waitSeconds);
					pause(Duration.ofSeconds(Math.min(Math.max(waitSeconds, 1), 120)));
				}
			}
		}
		return List.of(results);
	}

	private Map<Integer, ItemResult> sendBatch(List<RequestInformation> steps, List<Integer> indices) {
		var sent = recorded(() -> {
			try {
				BatchRequestContent content = new BatchRequestContent(this.graph);
				Map<Integer, String> ids = new LinkedHashMap<>();
				for (Integer i : indices) {
					ids.put(i, content.addBatchRequestStep(steps.get(i)));
				}
				BatchResponseContent response = this.graph.getBatchRequestBuilder().post(content, null);
				Map<Integer, ItemResult> answered = new LinkedHashMap<>();
				for (Map.Entry<Integer, String> id : ids.entrySet()) {
					answered.put(id.getKey(), ItemResult.of(response.getResponseById(id.getValue())));
				}
				return answered;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		// the recorder noted the batch's inner requests in the order they were added
		List<DirectoryRequest> requests = sent.requests();
		Map<Integer, ItemResult> answered = new LinkedHashMap<>();
		int n = 0;
		for (Map.Entry<Integer, ItemResult> entry : sent.value().entrySet()) {
			DirectoryRequest request = n < requests.size() ? requests.get(n) : null;
			answered.put(entry.getKey(), entry.getValue().with(request));
			n++;
		}
		return answered;
	}

	/**
	 * Reads the channel's messages changed since then with a delta query, the one list of
	 * channel messages Graph filters by time, following its pages to the end.
	 */
	@Override
	public List<ChannelPost> postedSince(String teamId, String channelId, Instant since) {
		String filter = "lastModifiedDateTime gt " + since.truncatedTo(ChronoUnit.SECONDS);
		DeltaRequestBuilder delta = this.graph.teams()
			.byTeamId(teamId)
			.channels()
			.byChannelId(channelId)
			.messages()
			.delta();
		DeltaGetResponse page = call(() -> delta.get(rc -> rc.queryParameters.filter = filter));
		List<ChannelPost> posts = new ArrayList<>();
		while (page != null) {
			if (page.getValue() != null) {
				page.getValue().stream().map(GraphDirectory::post).forEach(posts::add);
			}
			String next = page.getOdataNextLink();
			page = next != null ? call(() -> delta.withUrl(next).get()) : null;
		}
		return posts;
	}

	private static ChannelPost post(ChatMessage message) {
		List<String> cards = new ArrayList<>();
		if (message.getAttachments() != null) {
			for (ChatMessageAttachment attachment : message.getAttachments()) {
				if ("application/vnd.microsoft.card.adaptive".equals(attachment.getContentType())
						&& attachment.getContent() != null) {
					cards.add(attachment.getContent());
				}
			}
		}
		return new ChannelPost(message.getId(), cards);
	}

	private <T> GraphRequestRecorder.Recorded<T> recorded(Supplier<T> call) {
		return this.recorder.record(() -> call(call));
	}

	private GraphRequestRecorder.Recorded<Void> recorded(Runnable call) {
		return this.recorder.record(() -> {
			call(() -> {
				call.run();
				return null;
			});
			return null;
		});
	}

	/**
	 * Runs a directory operation; when Graph refuses it for want of a permission, the
	 * failure says which application permission to grant (the row of
	 * docs/graph-permissions.md).
	 */
	private static <T> T needs(String permission, Supplier<T> operation) {
		try {
			return operation.get();
		}
		catch (DirectoryFailure failure) {
			if (failure.refused() && failure.advice() == null) {
				throw failure.withAdvice(grant(permission));
			}
			throw failure;
		}
	}

	static String grant(String permission) {
		return "grant Handover's identity the Microsoft Graph application permission " + permission
				+ " (docs/graph-permissions.md)";
	}

	/** Runs one SDK call, turning its failures into the directory's own words. */
	private static <T> T call(Supplier<T> call) {
		return GraphCalls.call(call);
	}

	private static DirectoryAccount account(User user) {
		return new DirectoryAccount(user.getId(), user.getUserPrincipalName(), user.getDisplayName(),
				!Boolean.FALSE.equals(user.getAccountEnabled()));
	}

	private static DirectoryGroup group(Group group) {
		boolean dynamic = group.getGroupTypes() != null && group.getGroupTypes().contains("DynamicMembership");
		return new DirectoryGroup(group.getId(), group.getDisplayName(), dynamic,
				dynamic ? group.getMembershipRule() : null);
	}

	private static String shown(List<Licence> licences) {
		return String.join(", ", licences.stream().map(Licence::shown).toList());
	}

	private static String randomPassword() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		// upper, lower, digit and symbol for the directory's complexity rule
		return "Hv1!" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DirectoryFailure(0, null, "Interrupted while waiting for Microsoft Graph");
		}
	}

	/** One batch item's answer. */
	record ItemResult(int status, String code, String message, long retryAfterSeconds, DirectoryRequest request) {

		static ItemResult of(Response response) {
			if (response == null) {
				return new ItemResult(0, null, "no answer for this request in the batch", 0, null);
			}
			int status = response.code();
			String retryAfter = response.header("Retry-After");
			long seconds = 0;
			if (retryAfter != null) {
				try {
					seconds = Long.parseLong(retryAfter.strip());
				}
				catch (NumberFormatException ignored) {
					seconds = 1;
				}
			}
			String code = null;
			String message = "";
			if (status >= 300 && response.body() != null) {
				try (InputStream body = response.body().byteStream()) {
					JsonNode error = JSON.readTree(new String(body.readAllBytes(), StandardCharsets.UTF_8))
						.path("error");
					code = error.path("code").asString(null);
					message = error.path("message").asString("");
				}
				catch (IOException | RuntimeException unreadable) {
					message = "HTTP " + status;
				}
			}
			return new ItemResult(status, code, message, seconds, null);
		}

		ItemResult with(DirectoryRequest request) {
			return new ItemResult(this.status, this.code, this.message, this.retryAfterSeconds, request);
		}

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		boolean throttled() {
			return this.status == 429 || this.status == 503 || this.status == 504;
		}

		List<DirectoryRequest> requests() {
			return this.request != null ? List.of(this.request) : List.of();
		}

		String describe() {
			return this.status + " " + (this.code != null ? this.code + ": " : "") + this.message;
		}

	}

}
