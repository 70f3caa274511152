package io.handover.access;

import java.util.List;
import java.util.Optional;

import io.handover.common.Actor;
import io.handover.identity.DirectoryAccount;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The answers to "may this actor …": every decision starts from one verified identity
 * ({@link Actor#isVerifiedPerson()}); an unverified actor is nobody here. A role comes
 * either from what the channel vouched for (an API token's roles) or from configuration
 * and the department rosters ({@link DepartmentMembership}).
 */
@Service
@EnableConfigurationProperties(AccessProperties.class)
public class Access {

	private final AccessProperties properties;

	private final ObjectProvider<DepartmentMembership> membership;

	private final DirectoryManagers directoryManagers;

	Access(AccessProperties properties, ObjectProvider<DepartmentMembership> membership,
			DirectoryManagers directoryManagers) {
		this.properties = properties;
		this.membership = membership;
		this.directoryManagers = directoryManagers;
	}

	/** An Administrator: by token role, or configured by UPN or object id. */
	public boolean isAdmin(Actor actor) {
		if (actor == null || !actor.isVerifiedPerson()) {
			return false;
		}
		return actor.vouchedFor(Roles.ADMIN) || named(this.properties.admins(), actor);
	}

	/**
	 * Staff of the department: by token role, or by configuration, group or approved team
	 * roster.
	 */
	public boolean isStaff(String department, Actor actor) {
		if (actor == null || !actor.isVerifiedPerson()) {
			return false;
		}
		if (actor.vouchedFor(Roles.ofDepartment(department))) {
			return true;
		}
		DepartmentMembership members = this.membership.getIfAvailable();
		return members != null && members.isMember(department, actor);
	}

	/** HR staff (who, with Administrators, may announce anyone). */
	public boolean isHr(Actor actor) {
		return isStaff("HR", actor);
	}

	/**
	 * Whether the actor is the manager of record named by {@code managerUpnOrObjectId}
	 * (from the directory's manager, HR or the register).
	 */
	public boolean isManagerOfRecord(Actor actor, String managerUpnOrObjectId) {
		return actor != null && actor.isNamedBy(managerUpnOrObjectId);
	}

	/**
	 * Whether the directory names the actor as the person's manager (Graph
	 * {@code manager}); false when it names someone else, nobody, or cannot answer just
	 * now (then only the register counts: an error never grants).
	 * @param personUpnOrObjectId the person's UPN or Entra object id
	 */
	public boolean isDirectoryManagerOf(Actor actor, String personUpnOrObjectId) {
		if (actor == null || !actor.isVerifiedPerson()) {
			return false;
		}
		return this.directoryManagers.managerOf(personUpnOrObjectId)
			.map(manager -> actor.isNamedBy(manager.id()) || actor.isNamedBy(manager.userPrincipalName()))
			.orElse(false);
	}

	/**
	 * The person's manager in the directory (Graph {@code manager}); empty when none or
	 * when the directory cannot answer just now.
	 * @param personUpnOrObjectId the person's UPN or Entra object id
	 */
	public Optional<DirectoryAccount> directoryManagerOf(String personUpnOrObjectId) {
		return this.directoryManagers.managerOf(personUpnOrObjectId);
	}

	/**
	 * Whether the directory lists direct reports for the actor (they manage people);
	 * false when not, or when the directory cannot answer just now.
	 */
	public boolean hasDirectReports(Actor actor) {
		if (actor == null || !actor.isVerifiedPerson()) {
			return false;
		}
		return this.directoryManagers.hasDirectReports(actor.id());
	}

	/**
	 * Whether an Administrator allowed mailboxes and files to go to outside addresses.
	 */
	public boolean externalDelegatesAllowed() {
		return this.properties.externalDelegates();
	}

	/**
	 * The Administrators configured by UPN or object id (who get link requests on a
	 * personal card); those known only by a token role are not listed here.
	 */
	public List<String> configuredAdmins() {
		return this.properties.admins();
	}

	private static boolean named(List<String> entries, Actor actor) {
		return entries.stream().anyMatch(actor::isNamedBy);
	}

}
