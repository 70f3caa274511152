package io.handover.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.microsoft.graph.models.AppRoleAssignment;
import com.microsoft.graph.models.AppRoleAssignmentCollectionResponse;
import com.microsoft.graph.models.LicenseAssignmentState;
import com.microsoft.graph.models.MailboxSettings;
import com.microsoft.graph.models.MessageRule;
import com.microsoft.graph.models.MessageRuleCollectionResponse;
import com.microsoft.graph.models.OAuth2PermissionGrant;
import com.microsoft.graph.models.OAuth2PermissionGrantCollectionResponse;
import com.microsoft.graph.models.Recipient;
import com.microsoft.graph.models.TemporaryAccessPassAuthenticationMethod;
import com.microsoft.graph.models.TemporaryAccessPassAuthenticationMethodCollectionResponse;
import com.microsoft.graph.models.User;
import com.microsoft.graph.serviceclient.GraphServiceClient;

/**
 * The guard's reads on Microsoft Graph, GET requests only (read-only application
 * permissions: User.Read.All, GroupMember.Read.All,
 * DeviceManagementManagedDevices.Read.All, UserAuthenticationMethod.Read.All,
 * MailboxSettings.Read, Directory.Read.All, DelegatedPermissionGrant.Read.All). Groups,
 * devices and licence names come through the directory's own reads, so both see the same
 * thing.
 */
final class GraphObservations implements DirectoryObservations {

	private final GraphServiceClient graph;

	private final GraphDirectory directory;

	GraphObservations(GraphServiceClient graph, GraphDirectory directory) {
		this.graph = graph;
		this.directory = directory;
	}

	/**
	 * {@code GET
	 * /users/{id}?$select=id,userPrincipalName,accountEnabled,signInSessionsValidFromDateTime}.
	 */
	@Override
	public Optional<AccountState> account(String upnOrId) {
		try {
			User user = read("User.Read.All",
					() -> this.graph.users()
						.byUserId(upnOrId)
						.get(rc -> rc.queryParameters.select = new String[] { "id", "userPrincipalName",
								"accountEnabled", "signInSessionsValidFromDateTime" }));
			if (user == null) {
				return Optional.empty();
			}
			return Optional.of(new AccountState(user.getId(), user.getUserPrincipalName(),
					!Boolean.FALSE.equals(user.getAccountEnabled()), user.getSignInSessionsValidFromDateTime() != null
							? user.getSignInSessionsValidFromDateTime().toInstant() : null));
		}
		catch (DirectoryFailure failure) {
			if (failure.status() == 404) {
				return Optional.empty();
			}
			throw failure;
		}
	}

	/** {@code GET /users/{id}/memberOf/microsoft.graph.group}. */
	@Override
	public List<DirectoryGroup> groupsOf(String userId) {
		return this.directory.groupsOf(new DirectoryAccount(userId, null, null, false));
	}

	/**
	 * {@code GET /users/{id}?$select=licenseAssignmentStates}: the direct ones (no
	 * {@code assignedByGroup}), named through {@code GET /users/{id}/licenseDetails}.
	 */
	@Override
	public List<Licence> directLicencesOf(String userId) {
		User user = read("User.Read.All",
				() -> this.graph.users()
					.byUserId(userId)
					.get(rc -> rc.queryParameters.select = new String[] { "id", "licenseAssignmentStates" }));
		List<UUID> direct = new ArrayList<>();
		if (user != null && user.getLicenseAssignmentStates() != null) {
			for (LicenseAssignmentState state : user.getLicenseAssignmentStates()) {
				if (state.getAssignedByGroup() == null && state.getSkuId() != null) {
					direct.add(state.getSkuId());
				}
			}
		}
		if (direct.isEmpty()) {
			return List.of();
		}
		Map<String, Licence> named = this.directory.licencesOf(new DirectoryAccount(userId, null, null, false))
			.stream()
			.collect(Collectors.toMap(l -> l.skuId().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
		return direct.stream()
			.map(UUID::toString)
			.map(sku -> named.getOrDefault(sku.toLowerCase(Locale.ROOT), new Licence(sku, null)))
			.toList();
	}

	/** {@code GET /users/{id}/managedDevices}. */
	@Override
	public List<ManagedDevice> devicesOf(String userId) {
		return this.directory.devicesOf(new DirectoryAccount(userId, null, null, false));
	}

	/** {@code GET /users/{id}/authentication/temporaryAccessPassMethods}. */
	@Override
	public List<AccessPassState> accessPassesOf(String userId) {
		TemporaryAccessPassAuthenticationMethodCollectionResponse page = read("UserAuthenticationMethod.Read.All",
				() -> this.graph.users().byUserId(userId).authentication().temporaryAccessPassMethods().get());
		List<AccessPassState> passes = new ArrayList<>();
		if (page != null && page.getValue() != null) {
			for (TemporaryAccessPassAuthenticationMethod pass : page.getValue()) {
				java.time.Instant start = pass.getStartDateTime() != null ? pass.getStartDateTime().toInstant() : null;
				java.time.Instant end = start != null && pass.getLifetimeInMinutes() != null
						? start.plusSeconds(60L * pass.getLifetimeInMinutes()) : null;
				passes.add(new AccessPassState(pass.getId(), start, end, Boolean.TRUE.equals(pass.getIsUsable()),
						pass.getMethodUsabilityReason()));
			}
		}
		return passes;
	}

	/**
	 * {@code GET /users/{id}/mailboxSettings} and {@code GET
	 * /users/{id}/mailFolders/inbox/messageRules}.
	 */
	@Override
	public MailboxState mailboxOf(String userId) {
		MailboxSettings settings = read("MailboxSettings.Read",
				() -> this.graph.users().byUserId(userId).mailboxSettings().get());
		String replies = settings != null && settings.getAutomaticRepliesSetting() != null
				&& settings.getAutomaticRepliesSetting().getStatus() != null
						? settings.getAutomaticRepliesSetting().getStatus().getValue() : "disabled";
		MessageRuleCollectionResponse rules = read("MailboxSettings.Read",
				() -> this.graph.users().byUserId(userId).mailFolders().byMailFolderId("inbox").messageRules().get());
		List<MailboxState.Forward> forwards = new ArrayList<>();
		if (rules != null && rules.getValue() != null) {
			for (MessageRule rule : rules.getValue()) {
				if (Boolean.FALSE.equals(rule.getIsEnabled()) || rule.getActions() == null) {
					continue;
				}
				List<Recipient> to = new ArrayList<>();
				addAll(to, rule.getActions().getForwardTo());
				addAll(to, rule.getActions().getRedirectTo());
				addAll(to, rule.getActions().getForwardAsAttachmentTo());
				for (Recipient recipient : to) {
					if (recipient.getEmailAddress() != null && recipient.getEmailAddress().getAddress() != null) {
						forwards.add(new MailboxState.Forward(rule.getId(), rule.getDisplayName(),
								recipient.getEmailAddress().getAddress()));
					}
				}
			}
		}
		return new MailboxState(replies, forwards);
	}

	/**
	 * {@code GET /users/{id}/appRoleAssignments} and {@code GET
	 * /oauth2PermissionGrants?$filter=principalId eq '{id}'} (a user's own
	 * {@code /oauth2PermissionGrants} cannot be listed with application permissions).
	 */
	@Override
	public List<ApplicationGrant> applicationGrantsOf(String userId) {
		List<ApplicationGrant> grants = new ArrayList<>();
		AppRoleAssignmentCollectionResponse roles = read("Directory.Read.All",
				() -> this.graph.users().byUserId(userId).appRoleAssignments().get());
		if (roles != null && roles.getValue() != null) {
			for (AppRoleAssignment role : roles.getValue()) {
				grants.add(new ApplicationGrant(role.getId(), "appRoleAssignment", role.getResourceDisplayName() != null
						? role.getResourceDisplayName() : String.valueOf(role.getResourceId())));
			}
		}
		OAuth2PermissionGrantCollectionResponse delegated = read("DelegatedPermissionGrant.Read.All",
				() -> this.graph.oauth2PermissionGrants()
					.get(rc -> rc.queryParameters.filter = "principalId eq '" + userId.replace("'", "''") + "'"));
		if (delegated != null && delegated.getValue() != null) {
			for (OAuth2PermissionGrant grant : delegated.getValue()) {
				grants.add(new ApplicationGrant(grant.getId(), "oauth2PermissionGrant", "client " + grant.getClientId()
						+ (grant.getScope() != null ? " (" + grant.getScope().strip() + ")" : "")));
			}
		}
		return grants;
	}

	@Override
	public List<String> verifiedDomains() {
		return this.directory.verifiedDomains();
	}

	private static <T> void addAll(List<T> into, List<T> from) {
		if (from != null) {
			into.addAll(from);
		}
	}

	/**
	 * One GET, its failure in the directory's own words; a refusal names the permission
	 * to grant.
	 */
	private static <T> T read(String permission, Supplier<T> call) {
		try {
			return GraphCalls.call(call);
		}
		catch (DirectoryFailure failure) {
			if (failure.status() != 403) {
				throw failure;
			}
			throw new DirectoryFailure(failure.status(), failure.code(), failure.getMessage()
					+ " (grant Handover's identity the Microsoft Graph application permission " + permission + ")");
		}
	}

}
